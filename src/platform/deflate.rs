//! Raw deflate through the browser's own `CompressionStream` and `DecompressionStream`
//! (format "deflate-raw"), so no compressor is part of the download.

use js_sys::{Array, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Blob, ReadableStream, ReadableStreamDefaultReader, ReadableStreamReadResult,
    ReadableWritablePair, Response, WritableStream,
};

// web-sys lists these streams among its unstable APIs; the two constructors and getters
// Harbour needs are bound here instead of turning all of those on.
#[wasm_bindgen]
extern "C" {
    type CompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<CompressionStream, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &CompressionStream) -> ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &CompressionStream) -> WritableStream;

    type DecompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<DecompressionStream, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &DecompressionStream) -> ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &DecompressionStream) -> WritableStream;
}

/// Raw deflate: no zlib or gzip header, as the hand-over format has always been.
const FORMAT: &str = "deflate-raw";

/// Why inflating stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Inflate {
    /// More than the limit would come out: a small payload must not unpack into gigabytes.
    TooLarge,
    /// Not raw deflate, or cut off.
    Damaged,
    /// The browser has no deflate streams (browsers from before 2023).
    Unsupported,
}

/// `bytes` flowing through a transform stream.
fn through(
    bytes: &[u8],
    readable: &ReadableStream,
    writable: &WritableStream,
) -> Option<ReadableStream> {
    let parts = Array::of1(&Uint8Array::from(bytes));
    let blob = Blob::new_with_u8_array_sequence(&parts).ok()?;
    Some(
        blob.stream()
            .pipe_through(&ReadableWritablePair::new(readable, writable)),
    )
}

/// `bytes`, raw-deflated. `None` if the browser cannot (very old browsers).
pub async fn deflate(bytes: &[u8]) -> Option<Vec<u8>> {
    let stream = CompressionStream::new(FORMAT).ok()?;
    let packed = through(bytes, &stream.readable(), &stream.writable())?;
    let response = Response::new_with_opt_readable_stream(Some(&packed)).ok()?;
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    Some(Uint8Array::new(&buffer).to_vec())
}

/// Raw-deflated `bytes` inflated, stopping as soon as more than `limit` bytes come out.
pub async fn inflate(bytes: &[u8], limit: usize) -> Result<Vec<u8>, Inflate> {
    let stream = DecompressionStream::new(FORMAT).map_err(|_| Inflate::Unsupported)?;
    let unpacked =
        through(bytes, &stream.readable(), &stream.writable()).ok_or(Inflate::Damaged)?;
    let reader: ReadableStreamDefaultReader = unpacked.get_reader().unchecked_into();
    let mut out = Vec::new();
    loop {
        let read = JsFuture::from(reader.read())
            .await
            .map_err(|_| Inflate::Damaged)?;
        let read: ReadableStreamReadResult = read.unchecked_into();
        if read.get_done() == Some(true) {
            return Ok(out);
        }
        let chunk = Uint8Array::new(&read.get_value());
        if out.len() + chunk.length() as usize > limit {
            let _ = reader.cancel();
            return Err(Inflate::TooLarge);
        }
        out.extend(chunk.to_vec());
    }
}
