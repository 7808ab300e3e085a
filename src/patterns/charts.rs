//! The drawings, as SVG made here: a day's shape on the calendar, a feeling's strength over
//! time, and how often each feeling came up. They draw in the text's own colour
//! (`currentColor`), so they read in dark mode and in black and white; shapes and sizes carry
//! the meaning, never colour. Each has a label for screen readers, and its numbers are a tap
//! away as a table ([`TableToggle`]).

use super::calendar::Band;
use super::trend::{FeelingCount, Point};
use leptos::prelude::*;

/// The shape of a day's strongest feeling: a small ring (0 to 3), a filled circle (4 to 6),
/// a filled square (7 or more). Hidden from screen readers: the day's label says it.
#[component]
pub fn BandShape(band: Band) -> impl IntoView {
    let shape = match band {
        Band::Gentle => view! {
            <circle cx="10" cy="10" r="4" fill="none" stroke="currentColor" stroke-width="2" />
        }
        .into_any(),
        Band::Middling => view! { <circle cx="10" cy="10" r="6" fill="currentColor" /> }.into_any(),
        Band::Strong => {
            view! { <rect x="2" y="2" width="16" height="16" rx="2" fill="currentColor" /> }
                .into_any()
        }
    };
    view! {
        <svg class="band" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
            {shape}
        </svg>
    }
}

// Whole numbers throughout: formatting a float would bring Rust's float printing (tens of KB)
// into the download, and a 320-wide drawing needs no finer places.
const WIDTH: usize = 320;
const HEIGHT: usize = 170;
const LEFT: usize = 26;
const RIGHT: usize = 8;
const TOP: usize = 10;
const BOTTOM: usize = 26;

/// A feeling's strongest each day (or week): a dot for each, joined only to the next day's
/// when there is one, so a gap stays a gap.
#[component]
pub fn StrengthChart(points: Vec<Point>, label: String) -> impl IntoView {
    let plot_width = WIDTH - LEFT - RIGHT;
    let plot_height = HEIGHT - TOP - BOTTOM;
    let x = |i: usize| match points.len() {
        0 | 1 => LEFT + plot_width / 2,
        n => LEFT + plot_width * i / (n - 1),
    };
    let y = |strength: u8| TOP + plot_height * (10 - usize::from(strength.min(10))) / 10;
    let grid = [0_u8, 5, 10]
        .map(|level| {
            view! {
                <line class="grid" x1=LEFT x2=WIDTH - RIGHT y1=y(level) y2=y(level) />
                <text x=LEFT - 6 y=y(level) + 4 text-anchor="end">{level}</text>
            }
        })
        .collect_view();
    let mut lines = String::new();
    for (i, pair) in points.windows(2).enumerate() {
        if let (Some(a), Some(b)) = (pair[0].strongest, pair[1].strongest) {
            lines.push_str(&format!("M{} {}L{} {}", x(i), y(a), x(i + 1), y(b)));
        }
    }
    let radius = if points.len() > 40 { 2 } else { 3 };
    let dots = points
        .iter()
        .enumerate()
        .filter_map(|(i, p)| p.strongest.map(|s| (i, s)))
        .map(|(i, s)| view! { <circle cx=x(i) cy=y(s) r=radius fill="currentColor" /> })
        .collect_view();
    let ends = match (points.first(), points.last()) {
        (Some(first), Some(last)) => view! {
            <text x=LEFT y=HEIGHT - 6>{first.label()}</text>
            <text x=WIDTH - RIGHT y=HEIGHT - 6 text-anchor="end">{last.label()}</text>
        }
        .into_any(),
        _ => ().into_any(),
    };
    view! {
        <svg
            class="chart"
            role="img"
            aria-label=label
            viewBox=format!("0 0 {WIDTH} {HEIGHT}")
        >
            {grid}
            <path class="trend-line" d=lines fill="none" stroke="currentColor" stroke-width="2" />
            {dots}
            {ends}
        </svg>
    }
}

const ROW: usize = 26;
const WORDS: usize = 112;

/// How often each feeling came up: a bar each, longest for the most often, with the count
/// written beside it.
#[component]
pub fn FeelingsChart(counts: Vec<FeelingCount>, label: String) -> impl IntoView {
    let most = counts.iter().map(|c| c.times).max().unwrap_or(1).max(1);
    let room = WIDTH - WORDS - 40;
    let height = ROW * counts.len();
    let bars = counts
        .iter()
        .enumerate()
        .map(|(i, count)| {
            let top = ROW * i;
            let length = (room * count.times / most).max(2);
            view! {
                <text x="0" y=top + 17>{count.feeling.clone()}</text>
                <rect x=WORDS y=top + 5 width=length height="16" rx="2" fill="currentColor" />
                <text x=WORDS + length + 6 y=top + 17>{count.times}</text>
            }
        })
        .collect_view();
    view! {
        <svg class="chart" role="img" aria-label=label viewBox=format!("0 0 {WIDTH} {height}")>
            {bars}
        </svg>
    }
}

/// "Show the numbers as a table", and the table once tapped.
#[component]
pub fn TableToggle(children: ChildrenFn) -> impl IntoView {
    let open = RwSignal::new(false);
    view! {
        <button
            type="button"
            class="quiet"
            aria-expanded=move || open.get().to_string()
            on:click=move |_| open.update(|o| *o = !*o)
        >
            {move || if open.get() { "Hide the table" } else { "Show the numbers as a table" }}
        </button>
        <Show when=move || open.get()>{children()}</Show>
    }
}
