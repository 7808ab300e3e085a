//! Screens fetched when first opened. In the release build (`--cfg harbour_split`) each
//! screen given to [`on_demand!`] is a WebAssembly chunk of its own, split from the first
//! module after linking; elsewhere (debug builds, tests) it is plain code, shown at once.
//!
//! A chunk that cannot be fetched (no signal, before the offline copy is ready) never breaks
//! the app: the screen says so calmly, with 999 and Help now in its place and a way to try
//! again, and whatever the client was writing elsewhere is kept as it was.

use crate::help::page::Danger;
use crate::paths::HELP;
use crate::platform::set_title;
use leptos::prelude::*;
use leptos_router::components::A;
use std::future::Future;
use std::pin::Pin;

/// What a chunk gives once fetched: a way to draw its screen. A plain function, so it can
/// be kept and called again.
pub type Screen = fn() -> AnyView;

/// A chunk could not be fetched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChunkMissing;

#[cfg(harbour_split)]
impl From<leptos::wasm_split::SplitLoaderError> for ChunkMissing {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> ChunkMissing {
        ChunkMissing
    }
}

/// Fetching a screen's chunk (at once, where screens are not split).
pub type Opening = Pin<Box<dyn Future<Output = Result<Screen, ChunkMissing>>>>;

/// A route's view for a screen in a chunk of its own: `on_demand!(chunk_name, ScreenComponent)`.
/// Each chunk name makes one chunk; the screen's own code goes in it, and what it shares with
/// the first screen stays there.
#[macro_export]
macro_rules! on_demand {
    ($chunk:ident, $screen:ident) => {{
        #[cfg(harbour_split)]
        use ::leptos::wasm_split as split;
        #[cfg_attr(harbour_split, split::wasm_split($chunk, wasm_split_path = split, fallible))]
        fn open() -> ::core::result::Result<
            $crate::app::on_demand::Screen,
            $crate::app::on_demand::ChunkMissing,
        > {
            ::core::result::Result::Ok(|| {
                ::leptos::prelude::IntoAny::into_any(::leptos::prelude::view! { <$screen /> })
            })
        }
        fn opening() -> $crate::app::on_demand::Opening {
            #[cfg(harbour_split)]
            let opening = ::std::boxed::Box::pin(open());
            #[cfg(not(harbour_split))]
            let opening = ::std::boxed::Box::pin(async { open() });
            opening
        }
        move || ::leptos::prelude::view! { <$crate::app::on_demand::OnDemand open=opening /> }
    }};
}

/// Shows the screen once its chunk is here; until then a quiet "Opening…", and if it cannot
/// be fetched, the calm message with Help now.
#[component]
pub fn OnDemand(open: fn() -> Opening) -> impl IntoView {
    let attempt = RwSignal::new(0_u32);
    let screen = LocalResource::new(move || {
        attempt.track();
        open()
    });
    view! {
        <Suspense fallback=|| view! { <p class="loading" role="status">"Opening…"</p> }>
            {move || {
                screen
                    .get()
                    .map(|opened| match opened {
                        Ok(draw) => draw(),
                        Err(ChunkMissing) => view! { <CouldNotOpen attempt /> }.into_any(),
                    })
            }}
        </Suspense>
    }
}

/// A screen whose chunk could not be fetched: what happened, trying again, and Help now.
#[component]
fn CouldNotOpen(attempt: RwSignal<u32>) -> impl IntoView {
    set_title("Couldn't open");
    view! {
        <h1>"This screen couldn't open"</h1>
        <p role="alert">
            "Harbour couldn't fetch this part of itself just now, perhaps for lack of signal. "
            "Everything you saved is still on your phone."
        </p>
        <div class="actions">
            <button type="button" class="primary" on:click=move |_| attempt.update(|n| *n += 1)>
                "Try again"
            </button>
            <A href=HELP attr:class="button">"Help now"</A>
        </div>
        <Danger />
    }
}
