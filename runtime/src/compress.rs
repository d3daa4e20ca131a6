//! `requestCompression`: bodies of at least 10 KiB (the SDKs' default minimum) are sent
//! gzip-compressed with `Content-Encoding: gzip`, when the `compression` feature is on.

use crate::operation::Operation;

/// The smallest body worth compressing, as the official SDKs default it.
pub(crate) const MIN_COMPRESSION_SIZE: usize = 10_240;

/// The body to send, and whether it is gzip-compressed.
pub(crate) fn maybe_gzip<O: Operation>(json: Vec<u8>) -> (Vec<u8>, bool) {
    if !O::REQUEST_COMPRESSION || json.len() < MIN_COMPRESSION_SIZE {
        return (json, false);
    }
    gzip(json)
}

#[cfg(feature = "compression")]
fn gzip(json: Vec<u8>) -> (Vec<u8>, bool) {
    use std::io::Write;
    let mut encoder = flate2::write::GzEncoder::new(
        Vec::with_capacity(json.len() / 4),
        flate2::Compression::default(),
    );
    match encoder.write_all(&json).and_then(|()| encoder.finish()) {
        Ok(compressed) => (compressed, true),
        Err(_) => (json, false), // writing to a Vec does not fail; send it plain if it ever did
    }
}

/// Without the `compression` feature the body goes plain: compression is an optimisation the
/// service does not require.
#[cfg(not(feature = "compression"))]
fn gzip(json: Vec<u8>) -> (Vec<u8>, bool) {
    (json, false)
}
