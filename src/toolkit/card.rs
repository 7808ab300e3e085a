//! A card in the client's toolkit: one skill, in their own words.
//!
//! The same rules check a card typed in the editor, read back from storage and received in a
//! hand-over from another device, so a hostile or damaged card can never get in by one door
//! that another would have shut.

use crate::feelings::{same_word, tidy_word};
use crate::kernel::id::is_plain_id;
use crate::kernel::limits::MAX_FEELINGS;
use crate::kernel::strength::StrengthRange;
use crate::kernel::text::{has_hidden_characters, looks_like_markup};
use crate::kernel::Explain;
use crate::time::Moment;
use serde::{Deserialize, Serialize};

pub const MAX_NAME_CHARS: usize = 60;
/// Room for a few sentences in "situations" and "why it helps me".
pub const MAX_TEXT_CHARS: usize = 600;
pub const MAX_STEPS: usize = 12;
pub const MAX_STEP_CHARS: usize = 300;
pub const MAX_LINKS: usize = 5;
pub const MAX_LINK_CHARS: usize = 500;

/// What a card says: everything the client and practitioner write, and nothing about where
/// it sits in this phone's toolkit (so it can be handed over as it is).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardContent {
    pub name: String,
    /// The library skill it started from (`library::skill`), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skill: Option<String>,
    /// The feelings it is for. Empty means any feeling.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub feelings: Vec<String>,
    pub strength: StrengthRange,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub situations: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub why: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<String>,
    /// Set when the card was made in a session with the practitioner.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::time::rfc3339_option"
    )]
    pub made_together: Option<Moment>,
}

/// The one place a card's caution is worked out: the caution of the library skill it started
/// from or, for a card typed blank or handed over without one, of the skill whose name it
/// has.
pub fn caution_for(skill: Option<&str>, name: &str) -> Option<&'static str> {
    let skill = match skill {
        Some(id) => super::library::skill(id),
        None => super::library::LIBRARY
            .iter()
            .find(|s| s.name.eq_ignore_ascii_case(name.trim())),
    };
    skill.and_then(|s| s.caution)
}

impl CardContent {
    /// A blank card, or one started from a library skill (its name and starter steps, for the
    /// client to make their own).
    pub fn starting_from(skill: Option<&super::library::Skill>) -> CardContent {
        CardContent {
            name: skill.map(|s| s.name.to_string()).unwrap_or_default(),
            skill: skill.map(|s| s.id.to_string()),
            feelings: Vec::new(),
            strength: StrengthRange::ANY,
            situations: String::new(),
            steps: skill
                .map(|s| s.starter_steps.iter().map(|s| s.to_string()).collect())
                .unwrap_or_default(),
            why: String::new(),
            links: Vec::new(),
            made_together: None,
        }
    }

    /// The physical or safety risk to say with this card, wherever it is shown.
    pub fn caution(&self) -> Option<&'static str> {
        caution_for(self.skill.as_deref(), &self.name)
    }

    /// Everything that stops this card being kept (empty when it is sound).
    pub fn problems(&self) -> Vec<CardProblem> {
        let mut problems = Vec::new();
        let name_chars = self.name.chars().count();
        if self.name.trim().is_empty() {
            problems.push(CardProblem::NoName);
        } else if name_chars > MAX_NAME_CHARS {
            problems.push(CardProblem::NameTooLong);
        }
        if let Some(skill) = &self.skill {
            if !is_plain_id(skill) {
                problems.push(CardProblem::Damaged);
            }
        }
        if self.feelings.len() > MAX_FEELINGS {
            problems.push(CardProblem::TooManyFeelings);
        }
        for (i, word) in self.feelings.iter().enumerate() {
            let repeated = self.feelings[..i].iter().any(|w| same_word(w, word));
            if tidy_word(word).as_deref() != Ok(word) || repeated {
                problems.push(CardProblem::Damaged);
                break;
            }
        }
        if !self.strength.is_sound() {
            problems.push(CardProblem::StrengthRange);
        }
        for (field, text) in [
            (Field::Situations, &self.situations),
            (Field::Why, &self.why),
        ] {
            if text.chars().count() > MAX_TEXT_CHARS {
                problems.push(CardProblem::TextTooLong(field));
            }
        }
        if self.steps.len() > MAX_STEPS {
            problems.push(CardProblem::TooManySteps);
        }
        if self
            .steps
            .iter()
            .any(|s| s.chars().count() > MAX_STEP_CHARS)
        {
            problems.push(CardProblem::StepTooLong);
        }
        if self.steps.iter().any(|s| s.trim().is_empty()) {
            problems.push(CardProblem::Damaged);
        }
        let one_line = [&self.name].into_iter().chain(&self.steps);
        let many_lines = [&self.situations, &self.why];
        if one_line
            .into_iter()
            .any(|t| has_hidden_characters(t, false))
            || many_lines
                .into_iter()
                .any(|t| has_hidden_characters(t, true))
        {
            problems.push(CardProblem::HiddenCharacters);
        }
        let texts = [&self.name, &self.situations, &self.why];
        if texts
            .into_iter()
            .chain(&self.steps)
            .chain(&self.feelings)
            .any(|t| looks_like_markup(t))
        {
            problems.push(CardProblem::Markup);
        }
        if self.links.len() > MAX_LINKS {
            problems.push(CardProblem::TooManyLinks);
        }
        if self.links.iter().any(|l| !is_web_link(l)) {
            problems.push(CardProblem::OddLink);
        }
        problems
    }
}

/// A card as this phone keeps it: its content plus where it sits in the toolkit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Card {
    /// Made on the device that wrote the card, and kept when it is handed over, so the same
    /// card is recognised rather than added twice.
    pub id: String,
    pub content: CardContent,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub pinned: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub archived: bool,
}

/// Where a card sits in the toolkit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// In the list, in the client's order.
    InUse,
    /// At the top of the list and on home.
    Pinned,
    /// Put away: out of the list, kept below it, and can be brought back.
    PutAway,
}

impl Card {
    pub fn new(id: String, content: CardContent) -> Card {
        Card {
            id,
            content,
            pinned: false,
            archived: false,
        }
    }

    pub fn place(&self) -> Place {
        match (self.pinned, self.archived) {
            (_, true) => Place::PutAway,
            (true, false) => Place::Pinned,
            (false, false) => Place::InUse,
        }
    }

    /// What the card is for, in one line: "Sad, Angry · 6 to 10", or "Any feeling".
    pub fn when_line(&self) -> String {
        let content = &self.content;
        let feelings = if content.feelings.is_empty() {
            "Any feeling".to_string()
        } else {
            content.feelings.join(", ")
        };
        let strength = content.strength;
        if strength == StrengthRange::ANY {
            feelings
        } else {
            format!("{feelings} · {} to {}", strength.from, strength.to)
        }
    }

    /// The same card in another place.
    pub fn placed(&self, place: Place) -> Card {
        Card {
            pinned: place == Place::Pinned,
            archived: place == Place::PutAway,
            ..self.clone()
        }
    }

    /// Everything wrong with a card as this phone keeps it. Characters refused only since an
    /// earlier version are refused where cards come in (typed or handed over), but a card
    /// kept before still opens: it is the client's.
    pub fn problems(&self) -> Vec<CardProblem> {
        let content = &self.content;
        let texts = [&content.name, &content.situations, &content.why];
        let has_control = texts
            .into_iter()
            .chain(&content.steps)
            .any(|t| t.chars().any(|c| c.is_control() && c != '\n'));
        let mut problems: Vec<CardProblem> = content
            .problems()
            .into_iter()
            .filter(|p| *p != CardProblem::HiddenCharacters || has_control)
            .collect();
        if !is_plain_id(&self.id) {
            problems.push(CardProblem::Damaged);
        }
        problems
    }
}

/// The free-text parts of a card, named in messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Situations,
    Why,
}

/// Something that stops a card being kept, with a kind message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CardProblem {
    NoName,
    NameTooLong,
    /// Tabs or other characters that cannot be shown, or a line break where none can go.
    HiddenCharacters,
    TooManyFeelings,
    StrengthRange,
    TextTooLong(Field),
    TooManySteps,
    StepTooLong,
    TooManyLinks,
    OddLink,
    /// Web page code such as `<script>`: harmless here (Harbour shows text as text), but
    /// no one writes it on a skills card, so a card carrying it is refused.
    Markup,
    /// Parts no one could have typed (an odd id, a repeated feeling): damage or tampering.
    Damaged,
}

impl Explain for CardProblem {
    fn message(&self) -> String {
        match self {
            CardProblem::NoName => "Give the card a name, so you can find it again.".into(),
            CardProblem::NameTooLong => {
                format!("Try a shorter name: up to {MAX_NAME_CHARS} letters, on one line.")
            }
            CardProblem::HiddenCharacters => "Part of the card has characters that can't be \
                 shown, such as tabs. Could you type that part again?"
                .into(),
            CardProblem::TooManyFeelings => {
                format!("Choose up to {MAX_FEELINGS} feelings for one card.")
            }
            CardProblem::StrengthRange => {
                "Choose how strong, from a lower number to a higher one, between 0 and 10.".into()
            }
            CardProblem::TextTooLong(Field::Situations) => format!(
                "The situations can hold {MAX_TEXT_CHARS} characters. Could you shorten them?"
            ),
            CardProblem::TextTooLong(Field::Why) => format!(
                "\"Why it helps me\" can hold {MAX_TEXT_CHARS} characters. Could you shorten it?"
            ),
            CardProblem::TooManySteps => format!("A card can hold {MAX_STEPS} steps."),
            CardProblem::StepTooLong => {
                format!("Each step goes on its own line, up to {MAX_STEP_CHARS} letters.")
            }
            CardProblem::TooManyLinks => format!("A card can hold {MAX_LINKS} links."),
            CardProblem::OddLink => {
                "Links need to be web addresses starting with https:// or http://.".into()
            }
            CardProblem::Markup => "Cards can't hold web page code, such as words inside < and >. \
                 Could you write it another way?"
                .into(),
            CardProblem::Damaged => "Part of this card can't be read. Try making it again.".into(),
        }
    }
}

/// Only ordinary web addresses: a `javascript:` or `data:` link in a received card could run
/// code when tapped.
pub fn is_web_link(link: &str) -> bool {
    let after_scheme = |scheme: &str| {
        let head = link.get(..scheme.len())?;
        head.eq_ignore_ascii_case(scheme)
            .then(|| link.get(scheme.len()..))
            .flatten()
    };
    let Some(rest) = after_scheme("https://").or_else(|| after_scheme("http://")) else {
        return false;
    };
    // `https://bank.example@elsewhere.example` opens `elsewhere`: a link that hides where it
    // goes is refused.
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    !host.is_empty()
        && !host.contains('@')
        && link.len() <= MAX_LINK_CHARS
        && !looks_like_markup(link)
        && !has_hidden_characters(link, false)
        && !link.chars().any(|c| c.is_whitespace())
}

/// Splits the editor's "one step per line" text into steps, dropping blank lines.
pub fn steps_from_lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect()
}

#[cfg(test)]
pub(crate) mod fixtures {
    use super::*;

    pub fn content(name: &str) -> CardContent {
        CardContent {
            name: name.into(),
            skill: Some("tipp".into()),
            feelings: vec!["Angry".into(), "Overwhelmed".into()],
            strength: StrengthRange { from: 6, to: 10 },
            situations: "When I get home after a hard shift".into(),
            steps: vec![
                "I hold an ice cube.".into(),
                "I breathe out slower than I breathe in.".into(),
            ],
            why: "It brings me down enough to think.".into(),
            links: vec!["https://example.org/playlist".into()],
            made_together: None,
        }
    }

    pub fn card(id: &str, name: &str) -> Card {
        Card::new(id.into(), content(name))
    }
}

#[cfg(test)]
mod tests {
    use super::fixtures::card;
    use super::*;
    use crate::toolkit::library;

    #[test]
    fn a_card_carries_its_skills_caution_wherever_it_came_from() {
        let tipp = library::skill("tipp").and_then(|s| s.caution);
        let mut content = fixtures::content("Cold water");
        assert_eq!(content.caution(), tipp, "started from TIPP, renamed");
        content.skill = None;
        assert_eq!(content.caution(), None, "a blank card of my own");
        content.name = " tipp ".into();
        assert_eq!(content.caution(), tipp, "typed blank with the skill's name");
        content.skill = Some("self-soothe".into());
        assert_eq!(content.caution(), None, "the skill it started from decides");
        content.skill = Some("no-such-skill".into());
        assert_eq!(content.caution(), None);
        for skill in &library::LIBRARY {
            let from = CardContent::starting_from(Some(skill));
            assert_eq!(from.caution(), skill.caution, "{}", skill.name);
        }
    }

    #[test]
    fn a_typical_card_is_sound_and_reads_back() {
        let card = card("c1", "Cold water");
        assert!(card.problems().is_empty());
        let json = serde_json::to_string(&card).expect("serialise");
        assert_eq!(serde_json::from_str::<Card>(&json).expect("parse"), card);
    }

    #[test]
    fn a_card_from_the_library_keeps_its_skill_and_starter_steps() {
        let stop = library::skill("stop").expect("STOP is in the library");
        let content = CardContent::starting_from(Some(stop));
        assert_eq!(content.skill.as_deref(), Some("stop"));
        assert_eq!(content.name, "STOP");
        assert_eq!(content.steps.len(), stop.starter_steps.len());
        assert!(content.problems().is_empty());
        assert_eq!(
            CardContent::starting_from(None).problems(),
            vec![CardProblem::NoName]
        );
    }

    #[test]
    fn finds_every_kind_of_problem() {
        let mut c = card("c1", "x").content;
        c.name = "n".repeat(MAX_NAME_CHARS + 1);
        c.strength = StrengthRange { from: 8, to: 3 };
        c.situations = "s".repeat(MAX_TEXT_CHARS + 1);
        c.why = "w".repeat(MAX_TEXT_CHARS + 1);
        c.name = format!("{}\t", c.name);
        c.steps = vec!["fine".into(); MAX_STEPS + 1];
        c.links = vec!["javascript:alert(1)".into()];
        c.feelings = vec!["Sad".into(), "sad".into()];
        let problems = c.problems();
        for expected in [
            CardProblem::NameTooLong,
            CardProblem::HiddenCharacters,
            CardProblem::StrengthRange,
            CardProblem::TextTooLong(Field::Situations),
            CardProblem::TextTooLong(Field::Why),
            CardProblem::TooManySteps,
            CardProblem::OddLink,
            CardProblem::Damaged,
        ] {
            assert!(problems.contains(&expected), "{expected:?} in {problems:?}");
        }
    }

    #[test]
    fn only_web_links_are_kept() {
        assert!(is_web_link("https://open.spotify.com/playlist/1"));
        assert!(is_web_link("HTTP://example.org"));
        for bad in [
            "javascript:alert(1)",
            "data:text/html,<script>",
            "https://",
            "https://a b",
            "ftp://x",
            "https://bank.example@elsewhere.example/login",
            "https://example.org/<script>",
            "https://exa\u{202E}mple.org",
            "",
        ] {
            assert!(!is_web_link(bad), "{bad}");
        }
    }

    #[test]
    fn web_page_code_is_refused_but_ordinary_writing_is_not() {
        for code in [
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "</b>",
            "<!-- -->",
        ] {
            assert!(looks_like_markup(code), "{code}");
        }
        for fine in ["I <3 my dog", "when it's < 5", "a<-b", "x > y"] {
            assert!(!looks_like_markup(fine), "{fine}");
        }
        let mut c = card("c1", "x").content;
        c.name = "<b>Bold</b>".into();
        assert!(c.problems().contains(&CardProblem::Markup));
    }

    #[test]
    fn a_card_moves_between_places_and_keeps_its_words() {
        let card = card("c1", "Cold water");
        assert_eq!(card.place(), Place::InUse);
        for place in [Place::Pinned, Place::PutAway, Place::InUse] {
            let moved = card.placed(place);
            assert_eq!(moved.place(), place);
            assert_eq!(moved.content, card.content);
        }
    }

    #[test]
    fn says_in_one_line_when_a_card_is_for() {
        let mut c = card("c1", "Cold water");
        assert_eq!(c.when_line(), "Angry, Overwhelmed · 6 to 10");
        c.content.feelings.clear();
        c.content.strength = StrengthRange::ANY;
        assert_eq!(c.when_line(), "Any feeling");
    }

    #[test]
    fn a_kept_card_with_characters_refused_since_still_opens() {
        let mut kept = card("c1", "Cold water");
        kept.content.why = "It helps\u{200B} me".into();
        assert!(kept.problems().is_empty());
        assert_eq!(kept.content.problems(), vec![CardProblem::HiddenCharacters]);
        kept.content.why = "tab\there".into();
        assert!(kept.problems().contains(&CardProblem::HiddenCharacters));
    }

    #[test]
    fn steps_are_one_per_line() {
        assert_eq!(
            steps_from_lines("  Breathe \n\n Walk\r\n"),
            vec!["Breathe".to_string(), "Walk".into()]
        );
    }

    #[test]
    fn every_problem_has_a_kind_message() {
        for problem in [
            CardProblem::NoName,
            CardProblem::NameTooLong,
            CardProblem::HiddenCharacters,
            CardProblem::TooManyFeelings,
            CardProblem::StrengthRange,
            CardProblem::TextTooLong(Field::Situations),
            CardProblem::TextTooLong(Field::Why),
            CardProblem::TooManySteps,
            CardProblem::StepTooLong,
            CardProblem::TooManyLinks,
            CardProblem::OddLink,
            CardProblem::Markup,
            CardProblem::Damaged,
        ] {
            let message = problem.message();
            assert!(
                message.ends_with('.') || message.ends_with('?'),
                "{message}"
            );
            assert!(!message.to_lowercase().contains("invalid"), "{message}");
        }
    }
}
