//! Any bytes as a session file: no panic; what loads saves to bytes that load back the same.
#![no_main]

use libfuzzer_sys::fuzz_target;
use waypost_core::session::Session;
use waypost_core::store::encode::Encoder;

fuzz_target!(|data: &[u8]| {
    if let Ok(session) = serde_json::from_slice::<Session>(data) {
        let bytes = Encoder::default().encode(&session);
        let back: Session = serde_json::from_slice(&bytes).expect("what waypost writes, it reads");
        assert_eq!(back, session);
    }
});
