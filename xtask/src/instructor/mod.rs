//! The instructor kit: prepare a room once (`prefetch`), check each laptop in a
//! minute (`doctor`), and show what the room's machines measured (`report`).

pub mod doctor;
pub mod machine;
pub mod prefetch;
pub mod report;
