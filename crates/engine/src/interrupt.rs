//! Ctrl-C handling (and SIGTERM and SIGHUP, which are handled the same way): remember
//! that it happened, let the running cargo die of the same signal (or kill it, when the
//! signal reached only this process), then unwind normally so scratch directories are
//! removed and servers stopped on the way out.

use std::sync::Once;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::error::Interrupted;

static INTERRUPTED: AtomicBool = AtomicBool::new(false);
static INSTALL: Once = Once::new();

/// Installs the Ctrl-C handler (once per process).
pub fn install() {
    INSTALL.call_once(|| {
        // If a handler cannot be installed, Ctrl-C keeps its default effect.
        let _ = ctrlc::set_handler(|| INTERRUPTED.store(true, Ordering::SeqCst));
    });
}

/// Fails with [`Interrupted`] once Ctrl-C was pressed.
pub fn check() -> Result<(), Interrupted> {
    if INTERRUPTED.load(Ordering::SeqCst) {
        Err(Interrupted)
    } else {
        Ok(())
    }
}
