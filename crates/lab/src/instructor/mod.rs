//! The instructor kit: prepare a room once (`prefetch`), check each laptop in a
//! minute (`doctor`), a track for a three-hour room (`workshop`), and show what the
//! room's machines measured and how it predicted (`report`).

pub mod doctor;
pub mod machine;
pub mod prefetch;
pub mod report;
pub mod workshop;
