//! What happened, said where it happened: a [`Feedback`] line that says how something went
//! or what went wrong (one at a time, the newest replacing the last), and the list of what stops a
//! form ([`Problems`]), each read out by screen readers when it appears.

use crate::kernel::Explain;
use crate::platform::scroll;
use leptos::prelude::*;

#[derive(Clone, PartialEq, Eq)]
enum Said {
    Status(String),
    Problem(String),
}

/// A screen's one line of feedback after something the client did. A screen makes one with
/// [`Feedback::new`], tells it what happened, and shows it with [`FeedbackLine`].
#[derive(Clone, Copy)]
pub struct Feedback(RwSignal<Option<Said>>);

impl Feedback {
    pub fn new() -> Self {
        Self(RwSignal::new(None))
    }

    /// Says nothing: the start of a new try.
    pub fn clear(self) {
        self.0.set(None);
    }

    /// Says how it went (it worked, or here is another way), as a polite status.
    pub fn say(self, words: impl Into<String>) {
        self.0.set(Some(Said::Status(words.into())));
    }

    /// Says what went wrong, as an alert.
    pub fn problem(self, problem: &impl Explain) {
        self.problem_words(problem.message());
    }

    /// Says what went wrong in words the screen already has.
    pub fn problem_words(self, words: impl Into<String>) {
        self.0.set(Some(Said::Problem(words.into())));
    }

    /// Clears the line and gives the value if `result` worked; otherwise says its problem.
    pub fn after<T, E: Explain>(self, result: Result<T, E>) -> Option<T> {
        match result {
            Ok(value) => {
                self.clear();
                Some(value)
            }
            Err(problem) => {
                self.problem(&problem);
                None
            }
        }
    }

    /// Says `words` if `result` worked; otherwise its problem.
    pub fn say_after<T, E: Explain>(self, result: Result<T, E>, words: impl Into<String>) {
        if self.after(result).is_some() {
            self.say(words);
        }
    }

    fn has_problem(self) -> bool {
        self.0.with(|said| matches!(said, Some(Said::Problem(_))))
    }
}

impl Default for Feedback {
    fn default() -> Self {
        Self::new()
    }
}

/// Where a [`Feedback`] is said: a status for what worked, an alert for what went wrong.
#[component]
pub fn FeedbackLine(feedback: Feedback) -> impl IntoView {
    let words = move || {
        feedback.0.with(|said| match said {
            Some(Said::Status(words) | Said::Problem(words)) => words.clone(),
            None => String::new(),
        })
    };
    // What it says is brought into sight: a save or a refusal far from where the thumb is
    // (the form that was saved has gone, the page is shorter) is never said out of view.
    let line = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if feedback.0.with(Option::is_some) {
            // By the next frame the screen may have gone (an unlock replaces the locked
            // screen before some engines draw again): then there is nothing to bring.
            request_animation_frame(move || {
                if let Some(Some(line)) = line.try_get_untracked() {
                    scroll::bring_into_view(&line);
                }
            });
        }
    });
    // The status region stays in the page so screen readers hear what is put in it; an alert
    // is read out as it appears.
    view! {
        <div class="feedback" node_ref=line>
            <Show
                when=move || feedback.has_problem()
                fallback=move || view! { <p role="status">{words}</p> }
            >
                <p class="problem" role="alert">{words}</p>
            </Show>
        </div>
    }
}

/// Everything that stops a form being saved, as one list read out when it appears.
#[component]
pub fn Problems(
    /// The messages; nothing shows while there are none.
    #[prop(into)]
    problems: Signal<Vec<String>>,
) -> impl IntoView {
    view! {
        <Show when=move || problems.with(|p| !p.is_empty())>
            <div class="problems" role="alert">
                <ul>
                    {move || problems.get().into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}
                </ul>
            </div>
        </Show>
    }
}
