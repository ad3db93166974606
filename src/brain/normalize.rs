//! Turns a raw Discord message into the text patterns are matched against: Discord markup and links
//! removed, Unicode folded to plain lower-case ASCII, whitespace collapsed.
//!
//! A line break (or a bullet: "•", "◦", "▪") stays, as one `\n`: people put one thought per line
//! ("2021: lump in the thigh" / "radiation, then surgery" / "what are the chances it comes back?"),
//! so a line ends a sentence for the rules that ask which sentence asks something. Patterns see it
//! as white space (`\s`, `[^.?!]`), so a crisis told over two lines still matches.
//!
//! Everything downstream sees ASCII only. That keeps every pattern on the regex crate's fast DFA
//! path (Unicode word boundaries would otherwise force a slower engine) and makes look-alike
//! characters ("ＩＩＩ", "Ⅳ", Cyrillic "І") read the same as their plain spelling. Greek and
//! Cyrillic words are spelled out in Latin letters ("задыхается" reads "zadykhaetsya", "κεφάλι"
//! reads "kefali"), so a crisis typed in those scripts meets the patterns written for it in Latin
//! letters; a Greek or Cyrillic letter next to a Latin one is read as the Latin letter it looks
//! like ("stage ІV"). Emoji are dropped, except the few that can carry a crisis on their own
//! ("🔪🩸"), which read as words.

use regex::Regex;
use std::sync::LazyLock;
use unicode_normalization::char::{decompose_canonical, decompose_compatible, is_combining_mark};

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
    // The output is ASCII: bytes are pushed one by one and checked once at the end.
    let mut out: Vec<u8> = Vec::with_capacity(text.len() + 1);
    let mut last_space = true;
    let mut push = |b: u8, out: &mut Vec<u8>| {
        if b == b'\n' {
            // A line break replaces the space before it and swallows those after it.
            if out.last() == Some(&b' ') {
                out.pop();
            }
            if !out.is_empty() && out.last() != Some(&b'\n') {
                out.push(b'\n');
            }
            last_space = true;
        } else if b == b' ' {
            if !last_space {
                out.push(b' ');
                last_space = true;
            }
        } else {
            out.push(b);
            last_space = false;
        }
    };
    let bytes = text.as_bytes();
    let mut i = 0;
    // The character before, to tell a Greek or Cyrillic word from a look-alike letter in a Latin one.
    let mut before_latin = false;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii() {
            // Most messages are plain ASCII: one table lookup per byte.
            push(FOLD[usize::from(b)], &mut out);
            before_latin = b.is_ascii_alphabetic();
            i += 1;
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        i += c.len_utf8();
        let beside_latin = before_latin || bytes.get(i).is_some_and(u8::is_ascii_alphabetic);
        before_latin = false;
        if let Some(spelled) = (!beside_latin).then(|| spelled_out(c)).flatten() {
            spelled.bytes().for_each(|b| push(b, &mut out));
        } else if let Some(plain) = plain_latin(c) {
            plain.bytes().for_each(|b| push(b, &mut out));
        } else if let Some(m) = map_special(c) {
            push(m, &mut out);
        } else if let Some(word) = emoji_word(c) {
            push(b' ', &mut out);
            word.bytes().for_each(|b| push(b, &mut out));
            push(b' ', &mut out);
        } else {
            decompose_compatible(c, |d| {
                if d.is_ascii() {
                    push(FOLD[d as usize], &mut out);
                } else if is_combining_mark(d) || is_invisible(d) {
                    // accents and zero-width joiners vanish: "chémo" is "chemo"
                } else {
                    push(map_special(d).unwrap_or(b' '), &mut out);
                }
            });
        }
    }
    if matches!(out.last(), Some(b' ' | b'\n')) {
        out.pop();
    }
    // Every pushed byte is ASCII, so this never fails.
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Whether most letters of `raw` are of a script that does not fold to ASCII (Cyrillic, Arabic,
/// Greek, Chinese...): normalising turns them into spaces, so no pattern can read the message.
pub fn mostly_other_script(raw: &str) -> bool {
    let (mut latin, mut other) = (0usize, 0usize);
    for c in truncate(raw, MAX_INPUT_BYTES)
        .chars()
        .filter(|c| c.is_alphabetic())
    {
        let mut folds = c.is_ascii() || plain_latin(c).is_some();
        if !folds {
            decompose_compatible(c, |d| folds |= d.is_ascii_alphabetic());
        }
        if folds {
            latin += 1;
        } else {
            other += 1;
        }
    }
    other > latin
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

/// What each ASCII byte becomes: lower case, and space for Discord formatting characters and quote
/// markers, which carry no meaning for matching. A line break stays a line break.
static FOLD: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = match c {
            b'*' | b'_' | b'~' | b'|' | b'`' | b'>' | b'<' | b'\t' | b'\r' | 0x0b | 0x0c => b' ',
            c => c.to_ascii_lowercase(),
        };
        b += 1;
    }
    t
};

/// Punctuation and look-alike letters that compatibility decomposition leaves non-ASCII.
fn map_special(c: char) -> Option<u8> {
    Some(match c {
        '\u{2018}' | '\u{2019}' | '\u{201b}' | '\u{2032}' | '\u{02bc}' => b'\'',
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{2033}' => b'"',
        '\u{2010}'..='\u{2015}' | '\u{2212}' => b'-',
        '\u{00a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}' => b' ',
        // bullets and line separators start a new line
        '\u{2022}' | '\u{25e6}' | '\u{25aa}' | '\u{25cf}' | '\u{2023}' | '\u{2043}'
        | '\u{2028}' | '\u{2029}' | '\u{0085}' => b'\n',
        // Cyrillic and Greek letters that look like the Latin ones used in stage numerals.
        '\u{0406}' | '\u{0456}' | '\u{0399}' | '\u{03b9}' | '\u{04c0}' | '\u{04cf}'
        | '\u{0131}' => b'i',
        '\u{0412}' | '\u{0432}' => b'v',
        '\u{0425}' | '\u{0445}' | '\u{03a7}' | '\u{03c7}' => b'x',
        '\u{0410}' | '\u{0430}' | '\u{0391}' | '\u{03b1}' => b'a',
        '\u{0415}' | '\u{0435}' | '\u{0395}' | '\u{03b5}' => b'e',
        '\u{041e}' | '\u{043e}' | '\u{039f}' | '\u{03bf}' => b'o',
        '\u{0421}' | '\u{0441}' => b'c',
        '\u{0420}' | '\u{0440}' | '\u{03a1}' | '\u{03c1}' => b'p',
        '\u{0405}' | '\u{0455}' => b's',
        '\u{041c}' | '\u{043c}' | '\u{039c}' => b'm',
        '\u{0422}' | '\u{0442}' | '\u{03a4}' | '\u{03c4}' => b't',
        '\u{041d}' | '\u{043d}' | '\u{039d}' => b'n',
        '\u{041a}' | '\u{043a}' | '\u{039a}' | '\u{03ba}' => b'k',
        '\u{0423}' | '\u{0443}' => b'y',
        _ => return None,
    })
}

/// Latin letters that Unicode does not decompose into a plain letter and an accent, as they are
/// written in plain letters: Polish "złe" is "zle", Vietnamese "đóng" is "dong", German "Fuß" is
/// "fuss". Without this they would split their words in two.
fn plain_latin(c: char) -> Option<&'static str> {
    Some(match c {
        'đ' | 'Đ' | 'ð' | 'Ð' => "d",
        'ł' | 'Ł' => "l",
        'ø' | 'Ø' => "o",
        'ħ' | 'Ħ' => "h",
        'ŧ' | 'Ŧ' => "t",
        'ß' | 'ẞ' => "ss",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        'þ' | 'Þ' => "th",
        _ => return None,
    })
}

/// A Greek or Cyrillic letter (any case, with or without accents) in Latin letters, as people
/// type those languages in Latin letters: "χ" is "ch", "υ" is "u", "ш" is "sh", "х" is "kh".
fn spelled_out(c: char) -> Option<&'static str> {
    let greek = matches!(c, '\u{0370}'..='\u{03ff}' | '\u{1f00}'..='\u{1fff}');
    if !greek && !matches!(c, '\u{0400}'..='\u{04ff}') {
        return None;
    }
    // "ά" is "α" with an accent, "й" is not "и" with one: only Greek loses its accents.
    let mut base = c;
    if greek {
        let mut first = None;
        decompose_canonical(c, |d| {
            if first.is_none() && !is_combining_mark(d) {
                first = Some(d);
            }
        });
        base = first.unwrap_or(c);
    }
    let lower = base.to_lowercase().next().unwrap_or(base);
    Some(match lower {
        // Greek
        'α' => "a",
        'β' => "v",
        'γ' => "g",
        'δ' => "d",
        'ε' => "e",
        'ζ' => "z",
        'η' | 'ι' => "i",
        'θ' => "th",
        'κ' => "k",
        'λ' => "l",
        'μ' => "m",
        'ν' => "n",
        'ξ' => "x",
        'ο' | 'ω' => "o",
        'π' => "p",
        'ρ' => "r",
        'σ' | 'ς' => "s",
        'τ' => "t",
        'υ' => "u",
        'φ' => "f",
        'χ' => "ch",
        'ψ' => "ps",
        // Cyrillic (Russian, Ukrainian, Serbian, Bulgarian)
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' | 'ґ' => "g",
        'д' => "d",
        'е' | 'ё' | 'э' => "e",
        'є' => "ye",
        'ж' => "zh",
        'з' => "z",
        'и' | 'і' => "i",
        'ї' => "yi",
        'й' | 'ы' => "y",
        'ј' => "j",
        'к' => "k",
        'л' => "l",
        'љ' => "lj",
        'м' => "m",
        'н' => "n",
        'њ' => "nj",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'ћ' | 'ч' => "ch",
        'ђ' => "dj",
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'џ' => "dz",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' | 'ь' => "",
        'ю' => "yu",
        'я' => "ya",
        _ => return None,
    })
}

/// The few emoji that can carry a crisis on their own ("🔪🩸 again tonight"), read as the word
/// they show so the patterns see them; every other emoji is dropped.
fn emoji_word(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{1f52a}' | '\u{1f5e1}' => "knife",
        '\u{1fa78}' => "blood",
        '\u{1f48a}' => "pills",
        '\u{1faa2}' => "rope",
        '\u{1f52b}' => "gun",
        _ => return None,
    })
}

/// Whether `raw` has an emoji of sadness or hurt (😭, 💔, 🥺...): a message of emoji only with one
/// of these shares a feeling, and is not a nod.
pub fn shows_sadness(raw: &str) -> bool {
    raw.chars().any(|c| {
        matches!(
            c,
            '\u{1f622}' | '\u{1f625}' | '\u{1f628}'
                ..='\u{1f62b}'
                    | '\u{1f62d}'
                    | '\u{1f630}'
                    | '\u{1f614}'
                    | '\u{1f61e}'
                    | '\u{1f61f}'
                    | '\u{1f623}'
                    | '\u{1f641}'
                    | '\u{2639}'
                    | '\u{1f494}'
                    | '\u{1f97a}'
                    | '\u{1f63f}'
        )
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
        assert_eq!(normalize("> quoted\n<@&42> <#77> hi"), "quoted\nhi");
    }

    #[test]
    fn tells_other_scripts_from_latin_letters() {
        assert!(mostly_other_script("я больше не могу. простите меня"));
        assert!(mostly_other_script("أبويا عنده ساركوما وبياخد كيماوي"));
        assert!(mostly_other_script("我爸爸呼吸很困难"));
        // Vietnamese and Polish are Latin letters with marks: other cues read them
        assert!(!mostly_other_script("bố thở rất khó"));
        assert!(!mostly_other_script("chémo à Paris, ça va? stage 3 😊"));
        assert!(!mostly_other_script("my mum has stage 3 in her thigh"));
        assert!(!mostly_other_script("🙏🙏🙏"));
        assert!(shows_sadness("😭😭") && shows_sadness("💔") && !shows_sadness("🙏👍❤️"));
    }

    #[test]
    fn folds_unicode_look_alikes_to_ascii() {
        assert_eq!(normalize("Stage Ⅳ"), "stage iv");
        assert_eq!(normalize("ＳＴＡＧＥ ＩＩＩ"), "stage iii");
        assert_eq!(normalize("stage ІІІ"), "stage iii"); // Cyrillic
        assert_eq!(normalize("stage ІV"), "stage iv"); // a Cyrillic І beside a Latin V
        assert_eq!(normalize("chémo\u{200b}therapy"), "chemotherapy");
        assert_eq!(normalize("it’s back\u{00a0}again"), "it's back again");
        assert_eq!(normalize("stage–2"), "stage-2");
    }

    #[test]
    fn latin_letters_with_strokes_keep_their_words_whole() {
        assert_eq!(normalize("Đừng ai nhắn"), "dung ai nhan");
        assert_eq!(normalize("pomocy, złe się czuje"), "pomocy, zle sie czuje");
        assert_eq!(normalize("der Fuß ist taub"), "der fuss ist taub");
        assert_eq!(normalize("Søren, Œuvre, Æsir"), "soren, oeuvre, aesir");
    }

    #[test]
    fn spells_out_greek_and_cyrillic_words() {
        assert_eq!(
            normalize("Он задыхается, губы синие"),
            "on zadykhaetsya, guby sinie"
        );
        assert_eq!(normalize("Χτύπησε το κεφάλι"), "chtupise to kefali");
        assert_eq!(normalize("щука й ёж"), "shchuka y ezh");
    }

    #[test]
    fn drops_emoji_and_collapses_space() {
        assert_eq!(normalize("  hi 🙏🙏   there \r\n"), "hi there");
        // a few emoji that can carry a crisis are read as words
        assert_eq!(normalize("🔪🩸 again tonight"), "knife blood again tonight");
        assert_eq!(normalize(""), "");
    }

    #[test]
    fn keeps_one_line_break_between_lines_and_bullets() {
        assert_eq!(
            normalize("2021: lump \r\n\n  radiation then surgery\n• what now?"),
            "2021: lump\nradiation then surgery\nwhat now?"
        );
        assert_eq!(normalize("\n\n hi \n"), "hi");
        assert_eq!(normalize("a • b"), "a\nb");
    }

    #[test]
    fn bounds_long_input_on_a_char_boundary() {
        let long = "é".repeat(MAX_INPUT_BYTES);
        let n = normalize(&long);
        assert!(n.len() <= MAX_INPUT_BYTES);
        assert!(truncate("aé", 2) == "a");
    }
}
