//! Graceful shutdown: stop taking new events, let the replies in flight finish, then close the
//! gateway. serenity runs every event handler in its own task, so the bot counts them itself.

use std::future::Future;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// More handlers than can ever run at once.
const PERMITS: u32 = 1 << 20;

/// Counts the event handlers running, so shutdown can wait for them.
#[derive(Debug)]
pub struct InFlight {
    permits: Arc<Semaphore>,
    closing: AtomicBool,
}

impl Default for InFlight {
    fn default() -> Self {
        InFlight {
            permits: Arc::new(Semaphore::new(PERMITS as usize)),
            closing: AtomicBool::new(false),
        }
    }
}

impl InFlight {
    /// A guard held for the whole of one handler; `None` once shutdown has begun.
    pub fn enter(&self) -> Option<OwnedSemaphorePermit> {
        if self.closing.load(Ordering::Acquire) {
            return None;
        }
        self.permits.clone().try_acquire_owned().ok()
    }

    /// Refuses new handlers and waits up to `grace` for the running ones. `true` when all finished.
    pub async fn close(&self, grace: Duration) -> bool {
        self.closing.store(true, Ordering::Release);
        tokio::time::timeout(grace, self.permits.acquire_many(PERMITS))
            .await
            .is_ok_and(|p| p.is_ok())
    }
}

/// Listens for Ctrl-C and SIGTERM from now on (so a signal that arrives while connecting is not
/// lost or fatal) and returns a future that completes on the first one.
pub fn listen() -> std::io::Result<impl Future<Output = &'static str>> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        let mut term = signal(SignalKind::terminate())?;
        let mut int = signal(SignalKind::interrupt())?;
        Ok(async move {
            tokio::select! {
                _ = term.recv() => "SIGTERM",
                _ = int.recv() => "Ctrl-C",
            }
        })
    }
    #[cfg(not(unix))]
    {
        Ok(async move {
            let _ = tokio::signal::ctrl_c().await;
            "Ctrl-C"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn close_waits_for_handlers_then_refuses_new_ones() {
        let flight = Arc::new(InFlight::default());
        let guard = flight.enter().unwrap();
        let f = flight.clone();
        let closing = tokio::spawn(async move { f.close(Duration::from_secs(5)).await });
        tokio::time::sleep(Duration::from_secs(1)).await;
        assert!(flight.enter().is_none(), "no new work once closing");
        drop(guard);
        assert!(closing.await.unwrap());
    }

    #[tokio::test(start_paused = true)]
    async fn close_gives_up_after_the_grace_period() {
        let flight = InFlight::default();
        let _stuck = flight.enter().unwrap();
        assert!(!flight.close(Duration::from_secs(2)).await);
    }
}
