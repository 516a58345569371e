//! Ctrl-C handling: remember that it happened, let the running cargo die of the same
//! signal, then unwind normally so scratch directories are removed on the way out.

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
