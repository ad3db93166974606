//! `classify`'s engine: messages in, one JSON line out per message, in input order, in bounded
//! memory, on every core.
//!
//! The reader cuts the input into batches, workers classify whole batches, and a writer puts their
//! output back in order. A batch is sent off as soon as the input has nothing more buffered, and
//! output is flushed as soon as no finished batch is waiting, so a program that writes one line and
//! waits for its answer gets it at once, while a large file moves in large batches.

use crate::brain::{Brain, Classification, MAX_INPUT_BYTES};
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::{self, BufRead, Write};
use std::sync::mpsc::{self, Receiver, SyncSender, TryRecvError};
use std::sync::{Arc, Mutex};

/// A batch is sent off at this many lines or bytes, whichever comes first.
const BATCH_LINES: usize = 1024;
const BATCH_BYTES: usize = 256 * 1024;

/// One `classify` output line (CONTRACT.md); fields may be added, never renamed or dropped.
#[derive(Serialize)]
pub struct ClassifyJson<'a> {
    pub intents: &'a [String],
    pub stages: &'a [crate::brain::Stage],
    pub site: Option<crate::brain::Site>,
    pub confidence: f32,
}

impl<'a> From<&'a Classification> for ClassifyJson<'a> {
    fn from(c: &'a Classification) -> Self {
        ClassifyJson {
            intents: &c.intents,
            stages: &c.stages,
            site: c.site,
            confidence: round2(c.confidence),
        }
    }
}

fn round2(x: f32) -> f32 {
    (x * 100.0).round() / 100.0
}

/// How many threads classify by default: one per core, at most 8.
pub fn default_threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get().min(8))
}

/// Classifies every line of `input` and writes one JSON line per input line to `output`, in order.
/// With `threads` <= 1 everything runs on the calling thread.
pub fn classify_lines(
    brain: &Brain,
    input: impl BufRead,
    output: impl Write + Send,
    threads: usize,
) -> io::Result<()> {
    if threads <= 1 {
        return classify_here(brain, input, output);
    }
    let (work_tx, work_rx) = mpsc::sync_channel::<Batch>(threads * 2);
    let (done_tx, done_rx) = mpsc::sync_channel::<(u64, Vec<u8>)>(threads * 2);
    // Shared by the workers and dropped with the last of them, so that when the output fails and
    // the workers stop, the reader's next send fails too instead of waiting for ever.
    let work_rx = Arc::new(Mutex::new(work_rx));
    std::thread::scope(|scope| {
        let writer = scope.spawn(move || write_in_order(done_rx, output));
        for _ in 0..threads {
            let done_tx = done_tx.clone();
            let work_rx = Arc::clone(&work_rx);
            scope.spawn(move || work(brain, &work_rx, done_tx));
        }
        drop(work_rx);
        drop(done_tx);
        let read = read_batches(input, work_tx);
        // The writer ends once every worker has ended, which follows the end of the input or a
        // failed write (then the workers' sends fail and the reader's with them).
        let written = writer
            .join()
            .unwrap_or_else(|_| Err(io::Error::other("the output thread failed")));
        written.and(read)
    })
}

/// The single-threaded path: classify and write each line in turn.
fn classify_here(brain: &Brain, input: impl BufRead, output: impl Write) -> io::Result<()> {
    let mut out = io::BufWriter::with_capacity(64 * 1024, output);
    for_each_line(input, MAX_INPUT_BYTES, |line, more_buffered| {
        write_json(brain, line, &mut out)?;
        if !more_buffered {
            out.flush()?;
        }
        Ok(())
    })?;
    out.flush()
}

fn write_json(brain: &Brain, line: &[u8], out: &mut impl Write) -> io::Result<()> {
    // The fast validator passes nearly every line as it is; only a broken line pays for the
    // lossy repair, which walks the bytes one by one.
    let text = match std::str::from_utf8(line) {
        Ok(s) => std::borrow::Cow::Borrowed(s),
        Err(_) => String::from_utf8_lossy(line),
    };
    let c = brain.classify(&text);
    serde_json::to_writer(&mut *out, &ClassifyJson::from(&c))?;
    out.write_all(b"\n")
}

/// Lines read together, stored end to end.
struct Batch {
    seq: u64,
    text: Vec<u8>,
    ends: Vec<usize>,
}

impl Batch {
    fn new(seq: u64) -> Batch {
        Batch {
            seq,
            text: Vec::new(),
            ends: Vec::new(),
        }
    }

    fn lines(&self) -> impl Iterator<Item = &[u8]> {
        let starts = std::iter::once(0).chain(self.ends.iter().copied());
        starts.zip(&self.ends).map(|(s, &e)| &self.text[s..e])
    }
}

fn read_batches(input: impl BufRead, work: SyncSender<Batch>) -> io::Result<()> {
    let mut batch = Batch::new(0);
    let stopped = || io::Error::new(io::ErrorKind::BrokenPipe, "output closed");
    for_each_line(input, MAX_INPUT_BYTES, |line, more_buffered| {
        batch.text.extend_from_slice(line);
        batch.ends.push(batch.text.len());
        if !more_buffered || batch.ends.len() >= BATCH_LINES || batch.text.len() >= BATCH_BYTES {
            let next = Batch::new(batch.seq + 1);
            work.send(std::mem::replace(&mut batch, next))
                .map_err(|_| stopped())?;
        }
        Ok(())
    })?;
    if !batch.ends.is_empty() {
        work.send(batch).map_err(|_| stopped())?;
    }
    Ok(())
}

fn work(brain: &Brain, batches: &Mutex<Receiver<Batch>>, done: SyncSender<(u64, Vec<u8>)>) {
    loop {
        // A poisoned lock means another worker panicked; this one stops too.
        let next = match batches.lock() {
            Ok(rx) => rx.recv(),
            Err(_) => return,
        };
        let Ok(batch) = next else {
            return;
        };
        let mut out = Vec::with_capacity(batch.ends.len() * 96);
        for line in batch.lines() {
            // Writing to a Vec cannot fail.
            let _ = write_json(brain, line, &mut out);
        }
        if done.send((batch.seq, out)).is_err() {
            return;
        }
    }
}

/// Writes finished batches in input order, flushing whenever nothing more is ready.
fn write_in_order(done: Receiver<(u64, Vec<u8>)>, output: impl Write) -> io::Result<()> {
    let mut out = io::BufWriter::with_capacity(64 * 1024, output);
    let mut waiting: BTreeMap<u64, Vec<u8>> = BTreeMap::new();
    let mut next = 0u64;
    loop {
        let (seq, bytes) = match done.try_recv() {
            Ok(r) => r,
            Err(TryRecvError::Empty) => {
                out.flush()?;
                match done.recv() {
                    Ok(r) => r,
                    Err(_) => break,
                }
            }
            Err(TryRecvError::Disconnected) => break,
        };
        waiting.insert(seq, bytes);
        while let Some(bytes) = waiting.remove(&next) {
            out.write_all(&bytes)?;
            next += 1;
        }
    }
    out.flush()
}

/// Calls `f(line, more_buffered)` with each line (without its `\n` / `\r\n`), keeping at most
/// `max` bytes of it. `more_buffered` says whether more input is already read; when it is false
/// the next read may wait, so output should be flushed first.
pub fn for_each_line(
    mut r: impl BufRead,
    max: usize,
    mut f: impl FnMut(&[u8], bool) -> io::Result<()>,
) -> io::Result<()> {
    let mut line: Vec<u8> = Vec::with_capacity(1024);
    let mut pending = false;
    loop {
        let buf = match r.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if buf.is_empty() {
            if pending {
                f(strip_cr(&line), false)?;
            }
            return Ok(());
        }
        let (chunk, used, end) = match buf.iter().position(|&b| b == b'\n') {
            Some(i) => (&buf[..i], i + 1, true),
            None => (buf, buf.len(), false),
        };
        let room = max.saturating_sub(line.len());
        line.extend_from_slice(&chunk[..chunk.len().min(room)]);
        let more_buffered = used < buf.len();
        pending = true;
        r.consume(used);
        if end {
            f(strip_cr(&line), more_buffered)?;
            line.clear();
            pending = false;
        }
    }
}

fn strip_cr(line: &[u8]) -> &[u8] {
    line.strip_suffix(b"\r").unwrap_or(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(input: &[u8], max: usize) -> Vec<(Vec<u8>, bool)> {
        let mut out = Vec::new();
        for_each_line(io::BufReader::with_capacity(4, input), max, |l, more| {
            out.push((l.to_vec(), more));
            Ok(())
        })
        .unwrap();
        out
    }

    fn texts(v: Vec<(Vec<u8>, bool)>) -> Vec<Vec<u8>> {
        v.into_iter().map(|(l, _)| l).collect()
    }

    #[test]
    fn splits_lines_keeping_empty_ones_and_crlf() {
        assert_eq!(
            texts(lines(b"a\r\n\nbc", 100)),
            vec![b"a".to_vec(), b"".to_vec(), b"bc".to_vec()]
        );
        assert_eq!(texts(lines(b"a\n", 100)), vec![b"a".to_vec()]);
        assert!(lines(b"", 100).is_empty());
    }

    #[test]
    fn long_lines_are_cut_but_still_one_line() {
        assert_eq!(
            texts(lines(b"abcdefghij\nxy\n", 3)),
            vec![b"abc".to_vec(), b"xy".to_vec()]
        );
    }

    #[test]
    fn says_when_the_buffered_input_runs_out() {
        // A 4-byte buffer: "a\nb\n" is read in one go, "cd\n" ends a read.
        assert_eq!(
            lines(b"a\nb\ncd\n", 100),
            vec![
                (b"a".to_vec(), true),
                (b"b".to_vec(), false),
                (b"cd".to_vec(), false)
            ]
        );
    }
}
