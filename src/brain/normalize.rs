//! Turns a raw Discord message into the text patterns are matched against: Discord markup and links
//! removed, Unicode folded to plain lower-case ASCII, whitespace collapsed.
//!
//! Everything downstream sees ASCII only. That keeps every pattern on the regex crate's fast DFA
//! path (Unicode word boundaries would otherwise force a slower engine) and makes look-alike
//! characters ("ＩＩＩ", "Ⅳ", Cyrillic "І") read the same as their plain spelling.

use regex::Regex;
use std::sync::LazyLock;
use unicode_normalization::char::{decompose_compatible, is_combining_mark};

/// The longest prefix of a message that is read. Discord allows 4,000 characters (Nitro) and slash
/// options 6,000; anything longer is cut here so time and memory stay bounded.
pub const MAX_INPUT_BYTES: usize = 16 * 1024;

/// Mentions, custom emoji, channel links, timestamps and URLs: never part of what a person asks.
static MARKUP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"<a?:\w+:\d+>|<(?:@[!&]?|#|/[\w -]+:)\d+>|<t:-?\d+(?::\w)?>|<?(?:https?|ftp)://[^\s>]+>?|\bwww\.\S+")
        .expect("built-in markup pattern")
});

/// Cleans `raw` for matching. See the module docs.
pub fn normalize(raw: &str) -> String {
    let raw = truncate(raw, MAX_INPUT_BYTES);
    let stripped;
    let text = if raw.contains('<') || raw.contains("://") || raw.contains("www.") {
        stripped = MARKUP.replace_all(raw, " ");
        stripped.as_ref()
    } else {
        raw
    };
    let mut out = String::with_capacity(text.len() + 1);
    let mut last_space = true;
    let mut push = |c: char, out: &mut String| {
        if c == ' ' {
            if !last_space {
                out.push(' ');
                last_space = true;
            }
        } else {
            out.push(c);
            last_space = false;
        }
    };
    for c in text.chars() {
        if c.is_ascii() {
            push(fold_ascii(c), &mut out);
        } else if let Some(m) = map_special(c) {
            push(m, &mut out);
        } else {
            decompose_compatible(c, |d| {
                if d.is_ascii() {
                    push(fold_ascii(d), &mut out);
                } else if is_combining_mark(d) || is_invisible(d) {
                    // accents and zero-width joiners vanish: "chémo" is "chemo"
                } else {
                    push(map_special(d).unwrap_or(' '), &mut out);
                }
            });
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// Cuts `s` to at most `max` bytes on a character boundary.
pub fn truncate(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

fn fold_ascii(c: char) -> char {
    match c {
        // Discord formatting characters and quote markers carry no meaning for matching.
        '*' | '_' | '~' | '|' | '`' | '>' | '<' | '\t' | '\n' | '\r' | '\u{0b}' | '\u{0c}' => ' ',
        c => c.to_ascii_lowercase(),
    }
}

/// Punctuation and look-alike letters that compatibility decomposition leaves non-ASCII.
fn map_special(c: char) -> Option<char> {
    Some(match c {
        '\u{2018}' | '\u{2019}' | '\u{201b}' | '\u{2032}' | '\u{02bc}' => '\'',
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{2033}' => '"',
        '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
        '\u{00a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}' => ' ',
        // Cyrillic and Greek letters that look like the Latin ones used in stage numerals.
        '\u{0406}' | '\u{0456}' | '\u{0399}' | '\u{03b9}' | '\u{04c0}' | '\u{04cf}'
        | '\u{0131}' => 'i',
        '\u{0412}' | '\u{0432}' => 'v',
        '\u{0425}' | '\u{0445}' | '\u{03a7}' | '\u{03c7}' => 'x',
        '\u{0410}' | '\u{0430}' | '\u{0391}' | '\u{03b1}' => 'a',
        '\u{0415}' | '\u{0435}' | '\u{0395}' | '\u{03b5}' => 'e',
        '\u{041e}' | '\u{043e}' | '\u{039f}' | '\u{03bf}' => 'o',
        '\u{0421}' | '\u{0441}' => 'c',
        '\u{0420}' | '\u{0440}' | '\u{03a1}' | '\u{03c1}' => 'p',
        '\u{0405}' | '\u{0455}' => 's',
        '\u{041c}' | '\u{043c}' | '\u{039c}' => 'm',
        '\u{0422}' | '\u{0442}' | '\u{03a4}' | '\u{03c4}' => 't',
        '\u{041d}' | '\u{043d}' | '\u{039d}' => 'n',
        '\u{041a}' | '\u{043a}' | '\u{039a}' | '\u{03ba}' => 'k',
        '\u{0423}' | '\u{0443}' => 'y',
        _ => return None,
    })
}

fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200d}' | '\u{2060}'..='\u{2064}' | '\u{feff}' | '\u{00ad}' | '\u{034f}' | '\u{180e}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_discord_markup_and_links() {
        assert_eq!(
            normalize(
                "**Stage 3** ||sarcoma|| `code` <@123456789> <:pray:98765> see https://x.y/z?a=b"
            ),
            "stage 3 sarcoma code see"
        );
        assert_eq!(normalize("> quoted\n<@&42> <#77> hi"), "quoted hi");
    }

    #[test]
    fn folds_unicode_look_alikes_to_ascii() {
        assert_eq!(normalize("Stage Ⅳ"), "stage iv");
        assert_eq!(normalize("ＳＴＡＧＥ ＩＩＩ"), "stage iii");
        assert_eq!(normalize("stage ІІІ"), "stage iii"); // Cyrillic
        assert_eq!(normalize("chémo\u{200b}therapy"), "chemotherapy");
        assert_eq!(normalize("it’s back\u{00a0}again"), "it's back again");
        assert_eq!(normalize("stage–2"), "stage-2");
    }

    #[test]
    fn drops_emoji_and_collapses_space() {
        assert_eq!(normalize("  hi 🙏🙏   there \r\n"), "hi there");
        assert_eq!(normalize(""), "");
    }

    #[test]
    fn bounds_long_input_on_a_char_boundary() {
        let long = "é".repeat(MAX_INPUT_BYTES);
        let n = normalize(&long);
        assert!(n.len() <= MAX_INPUT_BYTES);
        assert!(truncate("aé", 2) == "a");
    }
}
