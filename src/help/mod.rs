//! Help now: where to turn when things are too much, from every screen, in the same place.
//!
//! The UK lines are fixed here, the one source for Help now, the loading screen and the crash
//! page. On Help now, the client's own people come before them (`people`) and their own
//! distress-tolerance cards after.

#[cfg(target_arch = "wasm32")]
pub mod page;
#[cfg(target_arch = "wasm32")]
mod people;

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

/// Immediate danger: the first thing on Help now, the loading screen and the crash page, in
/// view without scrolling on the smallest phone with large text.
pub const DANGER: HelpLine = HelpLine {
    name: "In danger now?",
    action: "Call 999",
    number: "999",
    reach: Reach::Call,
    when: "If your life, or someone else's, is in danger right now, you have taken an \
           overdose or hurt yourself badly, or you can't keep yourself safe. Or go to A&E.",
};

/// The UK lines after the client's own people, most urgent first. Help now, the loading
/// screen in `index.html` and the crash page all show these, in these words.
pub const HELP_LINES: [HelpLine; 6] = [
    HelpLine {
        name: "Samaritans: 116 123",
        action: "Call Samaritans on 116 123",
        number: "116123",
        reach: Reach::Call,
        when: "To talk to someone about anything, day or night. Free from any phone, even \
               with no credit, 24 hours a day, every day.",
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
        when: "Open 24 hours. When you need urgent help for your mental health but it is \
               not an emergency. When you hear the options, choose mental health.",
    },
    HelpLine {
        name: "Relay UK emergency: 18000",
        action: "Call 18000",
        number: "18000",
        reach: Reach::Call,
        when: "If you are deaf or can't speak, and it is an emergency: call 18000 from the \
               Relay UK app or a textphone, and Relay UK connects you to 999 by text. From \
               this button it is an ordinary voice call. With only a plain phone, use \
               emergencySMS below.",
    },
    HelpLine {
        name: "Relay UK for NHS 111: 18001 111",
        action: "Call 18001 111",
        number: "18001111",
        reach: Reach::Call,
        when: "If you are deaf or can't speak, and need NHS 111: call 18001 111 from the \
               Relay UK app or a textphone. From this button it is an ordinary voice call.",
    },
    HelpLine {
        name: "emergencySMS: register first",
        action: "Text register to 999",
        number: "999",
        reach: Reach::Text { body: "register" },
        when: "If you can't make a voice call, you can text 999 in an emergency once your \
               phone is registered. Register once, before you need it: text \"register\" to \
               999, then reply \"yes\" to the text that comes back. Register again if you \
               change your number.",
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

/// Every line, the danger line first, as a page that lists them all (on paper) gives them.
pub fn every_line() -> impl Iterator<Item = &'static HelpLine> {
    std::iter::once(&DANGER).chain(HELP_LINES.iter())
}

/// The danger line as plain HTML, for pages that must work without the app: the crash page
/// builds it from here, and the loading screen in `index.html` holds the same text (a test
/// checks it). Help now's screen gives the same markup.
pub fn danger_html() -> String {
    format!(
        "<div class=\"danger\"><p class=\"danger-line\"><strong>{}</strong> <a class=\"button\" href=\"{}\">{}</a></p><p>{}</p></div>",
        escaped(DANGER.name),
        escaped(&DANGER.href()),
        escaped(DANGER.action),
        escaped(DANGER.when)
    )
}

/// The UK lines as plain HTML list items, for the same pages as [`danger_html`].
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

/// The page shown if Harbour ever crashes: the danger line straight under a short heading,
/// then what happened, then every UK line.
pub fn crash_page_html() -> String {
    format!(
        "<main class=\"crash\"><h1>Harbour has stopped</h1>{}\
         <p>Everything you saved is still on your phone. Closing Harbour and opening it \
         again usually helps.</p><p><a class=\"button\" href=\"/\">Open Harbour again</a></p>\
         <h2>If you need help now</h2><ul class=\"help-lines\">{}</ul></main>",
        danger_html(),
        lines_html()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offers_the_uk_lines_with_links_a_phone_understands() {
        let hrefs: Vec<String> = every_line().map(HelpLine::href).collect();
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
    fn danger_comes_first_in_one_short_line() {
        assert_eq!(every_line().next(), Some(&DANGER));
        assert_eq!(
            format!("{} {}", DANGER.name, DANGER.action),
            "In danger now? Call 999"
        );
        for words in ["overdose", "can't keep yourself safe", "A&E"] {
            assert!(DANGER.when.contains(words), "{words}");
        }
        let crash = crash_page_html();
        let heading = crash.find("</h1>").unwrap_or(usize::MAX);
        let call = crash.find("href=\"tel:999\"").unwrap_or(0);
        let explanation = crash.find("Everything you saved").unwrap_or(0);
        assert!(
            heading < call && call < explanation,
            "999 straight under the heading"
        );
    }

    #[test]
    fn says_what_each_line_is_for_in_the_words_agreed() {
        let said = |name: &str| {
            HELP_LINES
                .iter()
                .find(|l| l.name.starts_with(name))
                .map(|l| l.when)
                .unwrap_or_default()
        };
        assert!(said("Samaritans").contains("Free from any phone, even with no credit"));
        assert!(said("NHS 111").starts_with("Open 24 hours."));
        assert!(said("NHS 111").contains("choose mental health"));
        for relay in ["Relay UK emergency", "Relay UK for NHS 111"] {
            assert!(
                said(relay).contains("Relay UK app or a textphone"),
                "{relay}"
            );
            assert!(said(relay).contains("ordinary voice call"), "{relay}");
        }
        assert!(said("Relay UK emergency").contains("With only a plain phone, use emergencySMS"));
        let sms = said("emergencySMS");
        for words in [
            "can't make a voice call",
            "text \"register\" to 999",
            "reply \"yes\" to the text that comes back",
            "Register again if you change your number",
        ] {
            assert!(sms.contains(words), "{words}");
        }
        let all: String = every_line().map(|l| l.when).collect();
        assert!(!all.contains("phone bill"), "no claim about phone bills");
    }

    /// The part of `index.html` between two markers, line by line, whatever the indentation.
    fn in_loading_screen(what: &str) -> Option<Vec<&'static str>> {
        let index = include_str!("../../index.html");
        let start = format!("<!-- {what}: from src/help/mod.rs -->");
        let end = format!("<!-- end of {what} -->");
        index
            .split_once(start.as_str())
            .and_then(|(_, rest)| rest.split_once(end.as_str()))
            .map(|(lines, _)| lines.trim().lines().map(str::trim).collect())
    }

    #[test]
    fn the_loading_screen_shows_the_same_lines_in_the_same_words() {
        for (what, expected) in [("danger line", danger_html()), ("help lines", lines_html())] {
            assert_eq!(
                in_loading_screen(what),
                Some(expected.lines().collect()),
                "index.html's loading screen must hold, between the {what} markers, exactly:\n{expected}"
            );
        }
        let index = include_str!("../../index.html");
        let danger = index.find("<!-- danger line").unwrap_or(usize::MAX);
        assert!(
            danger < index.find("Opening Harbour").unwrap_or(0),
            "999 before anything else"
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
        for line in every_line() {
            assert!(line.when.len() > 20, "{}", line.name);
            let digits: String = line.action.chars().filter(char::is_ascii_digit).collect();
            assert!(line.number.starts_with(&digits[..3]), "{}", line.name);
        }
    }
}
