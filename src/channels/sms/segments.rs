//! What an SMS costs, as the SMS channel counts it: the measure lives in `domain::sms`, beside
//! the GSM-7 conversion, because the desk's preview counts broadcast copies the same way.

pub use crate::domain::sms::{Cost, Encoding, Sms, measure};
