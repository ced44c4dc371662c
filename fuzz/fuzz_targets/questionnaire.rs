//! Any bytes as a questionnaire file: no panic; what loads runs through the engine and writes
//! back to something that loads the same.
#![no_main]

use libfuzzer_sys::fuzz_target;
use waypost_core::interview::Flow;
use waypost_core::questionnaire::parse;

fuzz_target!(|data: &[u8]| {
    let parsed = parse(data);
    if let Some(q) = parsed.usable() {
        let flow = Flow::new(q, &Default::default());
        let _ = flow.progress();
        let _ = waypost_core::scoring::score(q, &Default::default(), "en");
        let again = parse(&serde_json::to_vec(q).unwrap());
        assert_eq!(serde_json::to_value(again.questionnaire.unwrap()).unwrap(), serde_json::to_value(q).unwrap());
    }
});
