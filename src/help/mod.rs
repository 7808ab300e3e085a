//! Help now: where to turn when things are too much, from every screen, in the same place.
//!
//! The UK lines are fixed here, the one source for Help now, the loading screen and the crash
//! page. The client's own distress-tolerance cards follow them on Help now.

#[cfg(target_arch = "wasm32")]
pub mod page;

#[cfg(target_arch = "wasm32")]
pub use page::HelpRoutes;

/// How a line is reached, which decides the link a tap opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    Call,
    Text { body: &'static str },
}

/// A crisis line, with plain words about when to use it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HelpLine {
    pub name: &'static str,
    /// What a tap does, as the button says it.
    pub action: &'static str,
    /// The number as dialled or texted.
    pub number: &'static str,
    pub reach: Reach,
    pub when: &'static str,
}

impl HelpLine {
    /// The link a tap opens: the phone's dialler, or its messages app with the text ready.
    pub fn href(&self) -> String {
        match self.reach {
            Reach::Call => format!("tel:{}", self.number),
            // `?&body=` is understood by both Android and iOS messages apps.
            Reach::Text { body } => format!("sms:{}?&body={}", self.number, body),
        }
    }
}

/// The lines, most urgent first. Help now, the loading screen in `index.html` and the crash
/// page all show these, in these words.
pub const HELP_LINES: [HelpLine; 7] = [
    HelpLine {
        name: "Emergency: 999",
        action: "Call 999",
        number: "999",
        reach: Reach::Call,
        when: "If your life, or someone else's, is in danger right now, you have taken an \
               overdose or hurt yourself badly, or you can't keep yourself safe. Or go to A&E.",
    },
    HelpLine {
        name: "Samaritans: 116 123",
        action: "Call Samaritans on 116 123",
        number: "116123",
        reach: Reach::Call,
        when: "To talk to someone about anything, day or night. Free, 24 hours a day, \
               every day.",
    },
    HelpLine {
        name: "Shout: text SHOUT to 85258",
        action: "Text SHOUT to 85258",
        number: "85258",
        reach: Reach::Text { body: "SHOUT" },
        when: "If you would rather text than talk. Free from the main UK mobile networks, \
               24 hours a day.",
    },
    HelpLine {
        name: "NHS 111: choose mental health",
        action: "Call NHS 111",
        number: "111",
        reach: Reach::Call,
        when: "When you need urgent help for your mental health but it is not an emergency. \
               When you hear the options, choose mental health.",
    },
    HelpLine {
        name: "Relay UK emergency: 18000",
        action: "Call 18000",
        number: "18000",
        reach: Reach::Call,
        when: "If you are deaf or can't speak, and it is an emergency: Relay UK connects you \
               to 999 by text.",
    },
    HelpLine {
        name: "Relay UK for NHS 111: 18001 111",
        action: "Call 18001 111",
        number: "18001111",
        reach: Reach::Call,
        when: "If you are deaf or can't speak, and need NHS 111 through Relay UK.",
    },
    HelpLine {
        name: "emergencySMS: register first",
        action: "Text register to 999",
        number: "999",
        reach: Reach::Text { body: "register" },
        when: "If you are deaf or can't speak, register your phone once, before you need it. \
               Then you can text 999 in an emergency.",
    },
];

/// Makes text safe to put inside HTML as it is, so it reads exactly as written.
fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The lines as plain HTML list items, for pages that must work without the app: the crash
/// page builds them from here, and the loading screen in `index.html` holds the same text
/// (a test checks it).
pub fn lines_html() -> String {
    HELP_LINES
        .iter()
        .map(|line| {
            format!(
                "<li class=\"help-line\"><h3>{}</h3><p>{}</p><a class=\"button\" href=\"{}\">{}</a></li>",
                escaped(line.name),
                escaped(line.when),
                escaped(&line.href()),
                escaped(line.action)
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offers_the_uk_lines_with_links_a_phone_understands() {
        let hrefs: Vec<String> = HELP_LINES.iter().map(HelpLine::href).collect();
        assert_eq!(
            hrefs,
            [
                "tel:999",
                "tel:116123",
                "sms:85258?&body=SHOUT",
                "tel:111",
                "tel:18000",
                "tel:18001111",
                "sms:999?&body=register"
            ]
        );
    }

    #[test]
    fn says_what_the_lines_are_for_in_the_words_agreed() {
        let all: String = HELP_LINES.iter().map(|l| l.when).collect();
        for words in [
            "overdose",
            "can't keep yourself safe",
            "A&E",
            "choose mental health",
        ] {
            assert!(all.contains(words), "{words}");
        }
        assert!(!all.contains("phone bill"), "no claim about phone bills");
    }

    #[test]
    fn the_loading_screen_shows_the_same_lines_in_the_same_words() {
        let index = include_str!("../../index.html");
        let expected = lines_html();
        let start = "<!-- help lines: from src/help/mod.rs -->";
        let end = "<!-- end of help lines -->";
        // Line by line, whatever the indentation.
        let inside = index
            .split_once(start)
            .and_then(|(_, rest)| rest.split_once(end))
            .map(|(lines, _)| lines.trim().lines().map(str::trim).collect::<Vec<_>>());
        assert_eq!(
            inside,
            Some(expected.lines().collect()),
            "index.html's loading screen must hold, between the two markers, exactly:\n{expected}"
        );
    }

    #[test]
    fn html_shows_text_as_written() {
        assert_eq!(
            escaped("A&E <b> \"x\" it's"),
            "A&amp;E &lt;b&gt; &quot;x&quot; it&#39;s"
        );
    }

    #[test]
    fn every_line_says_when_to_use_it() {
        for line in HELP_LINES {
            assert!(line.when.len() > 20, "{}", line.name);
            let digits: String = line.action.chars().filter(char::is_ascii_digit).collect();
            assert!(line.number.starts_with(&digits[..3]), "{}", line.name);
        }
    }
}
