//! Fuzz target: any bytes through decoding, sentence splitting, extraction and linking must
//! not panic, and every mention must point at its text.
#![no_main]

use std::sync::OnceLock;

use kgraph::{Extractor, Partial, Scope, corpus};
use libfuzzer_sys::fuzz_target;

fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(Extractor::default)
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = corpus::decode(data, None) else { return };
    let extraction = extractor().extract(&text);
    let chars: Vec<char> = text.chars().collect();
    for m in &extraction.mentions {
        assert!(m.start < m.end && m.end <= chars.len());
        assert_eq!(chars[m.start..m.end].iter().collect::<String>(), m.text);
    }
    let _ = Partial::from_document("fuzz", &text, &extraction, Scope::Window(2), 3);
});
