//! The built-in library of DBT-informed skills a card can start from, in three groups.
//!
//! Every description is our own, in plain words; none is copied from DBT manuals or
//! handouts. The starter steps are only a beginning: the client rewrites them in their words.

/// The three groups of skills, in the order the library shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SkillGroup {
    EmotionRegulation,
    DistressTolerance,
    Mindfulness,
}

impl SkillGroup {
    pub const ALL: [SkillGroup; 3] = [
        SkillGroup::DistressTolerance,
        SkillGroup::EmotionRegulation,
        SkillGroup::Mindfulness,
    ];

    pub fn title(self) -> &'static str {
        match self {
            SkillGroup::DistressTolerance => "Distress tolerance: getting through hard moments",
            SkillGroup::EmotionRegulation => "Emotion regulation: living with feelings",
            SkillGroup::Mindfulness => "Mindfulness: being here, now",
        }
    }

    pub fn about(self) -> &'static str {
        match self {
            SkillGroup::DistressTolerance => {
                "For when a feeling is so strong you just need to get through it without making things worse."
            }
            SkillGroup::EmotionRegulation => {
                "For understanding your feelings, changing the ones that don't fit, and having fewer hard days."
            }
            SkillGroup::Mindfulness => {
                "For noticing what is going on inside and around you, so you can choose what to do."
            }
        }
    }
}

/// One skill in the library.
#[derive(Debug, PartialEq, Eq)]
pub struct Skill {
    /// Kept on cards made from this skill: never changed once shipped.
    pub id: &'static str,
    pub name: &'static str,
    pub group: SkillGroup,
    pub about: &'static str,
    pub starter_steps: &'static [&'static str],
    /// A physical or safety risk, said wherever the skill is offered and on every card made
    /// from it.
    pub caution: Option<&'static str>,
}

const fn entry(
    id: &'static str,
    name: &'static str,
    group: SkillGroup,
    about: &'static str,
    starter_steps: &'static [&'static str],
) -> Skill {
    Skill {
        id,
        name,
        group,
        about,
        starter_steps,
        caution: None,
    }
}

impl Skill {
    const fn with_caution(self, caution: &'static str) -> Skill {
        Skill {
            caution: Some(caution),
            ..self
        }
    }
}

use SkillGroup::{
    DistressTolerance as Distress, EmotionRegulation as Emotion, Mindfulness as Mind,
};

/// Every built-in skill, a group at a time, in the order of [`SkillGroup::ALL`].
pub const LIBRARY: [Skill; 16] = [
    entry("stop", "STOP", Distress,
        "A pause button for the moment a feeling takes over: freeze, take a step back, notice what is going on, then choose what to do.",
        &["I stop still and don't act yet.", "I take a breath and step back.", "I notice what is happening, inside and around me.", "I choose what will help, not hurt."]),
    entry("tipp", "TIPP", Distress,
        "Changes how your body feels, fast, when a feeling is sky high: cold water on your face, a burst of hard exercise, slow breathing, and letting tight muscles go.",
        &["I splash cold water on my face.", "I move hard for a few minutes.", "I breathe out slower than I breathe in."])
        .with_caution("Cold water and hard exercise change your heart rate fast. Check with your doctor first if you have a heart condition or a low heart rate, take medicines that affect the heart (many mental-health medicines do), or have an eating disorder. Stop if you feel dizzy or faint, or have chest pain."),
    entry("pros-and-cons", "Pros and Cons", Distress,
        "Weighing up acting on an urge against riding it out, so the choice is made with a clearer head.",
        &["I write what acting on the urge would bring, good and bad.", "I write what riding it out would bring, good and bad.", "I read it back before I decide."]),
    entry("accepts", "ACCEPTS", Distress,
        "A few ideas, from a longer list, for taking your mind off the pain for a while: doing something, helping someone, other feelings, other thoughts, and putting it aside until later.",
        &["I do something that takes my full attention.", "I do something kind for someone.", "I put the problem on a shelf until later."]),
    entry("self-soothe", "Self-Soothe", Distress,
        "Being gentle with yourself through your senses: something nice to see, hear, smell, taste or touch.",
        &["I put on music that calms me.", "I wrap up in something soft.", "I make a warm drink and taste it slowly."]),
    entry("improve-the-moment", "IMPROVE the Moment", Distress,
        "A few ideas, from a longer list, for making a hard moment a little more bearable: a calm place in your mind, finding some meaning, a kind word to yourself, one thing at a time.",
        &["I picture a place where I feel safe.", "I tell myself: this will pass.", "I do just one small thing, then the next."]),
    entry("radical-acceptance", "Radical Acceptance", Distress,
        "Stopping the fight with what you cannot change right now. Not saying it is fine, just that it is what is, so you can take the next step.",
        &["I notice when I am fighting what is.", "I tell myself: this is how it is right now.", "I let my body soften and breathe."])
        .with_caution("Accepting never means putting up with harm or staying somewhere unsafe. If you are not safe, Help now is there for you."),
    entry("check-the-facts", "Check the Facts", Emotion,
        "Asking whether a feeling fits what actually happened, and how strongly, before acting on it.",
        &["I say what happened, just the facts.", "I ask what I am telling myself about it.", "I ask if my feeling fits, and how much."]),
    entry("opposite-action", "Opposite Action", Emotion,
        "When a feeling doesn't fit the facts, or acting on it doesn't help, doing the opposite of what it pushes you to do, all the way.",
        &["I name the urge that comes with the feeling.", "I work out what the opposite would be.", "I do the opposite, fully."])
        .with_caution("Only when the feeling doesn't fit the facts, or acting on it doesn't help. If you are in real danger, the fear is telling you something true: keep yourself safe first. If you're not sure it fits, check with someone you trust."),
    entry("problem-solving", "Problem Solving", Emotion,
        "When a feeling does fit the facts, changing the situation: name the problem, think of ways through, try one.",
        &["I say the problem in one sentence.", "I list a few ways I could tackle it.", "I pick one and take the first step."]),
    entry("accumulate-positive-emotions", "Accumulate Positive Emotions", Emotion,
        "Building up good moments, small ones each day and bigger things that matter to you over time.",
        &["I do one small thing I enjoy today.", "I notice it while it is happening.", "I take one step towards something that matters to me."]),
    entry("build-mastery", "Build Mastery", Emotion,
        "Doing something a bit hard each day, to feel capable and in charge of your life.",
        &["I choose something a little hard but doable.", "I do it, even a small piece.", "I notice that I did it."]),
    entry("cope-ahead", "Cope Ahead", Emotion,
        "Getting ready for a situation you know will be hard, by planning and picturing yourself coping with it.",
        &["I say what the hard situation will be.", "I plan what skills I will use.", "I picture myself getting through it."]),
    entry("please", "PLEASE", Emotion,
        "Looking after your body so feelings are less raw: treat illness, eat regularly, go easy on drink and drugs, sleep, and move.",
        &["I eat something, even if small.", "I try to keep regular sleep.", "I get outside and move a little."])
        .with_caution("Take your medicines as agreed, and don't stop or change them without talking to your doctor. Alcohol and street drugs can make feelings stronger."),
    entry("wise-mind", "Wise Mind", Mind,
        "The quiet place between thinking and feeling, where you know what is right for you.",
        &["I take a slow breath and settle.", "I notice what feels right to me, deep down.", "It's fine if nothing comes. I can try again later."]),
    entry("observe-describe-participate", "Observe, Describe, Participate", Mind,
        "Noticing what is here without judging it, putting it into words, and then throwing yourself fully into what you are doing.",
        &["I notice what I can see, hear and feel.", "I put it into plain words, just facts.", "I throw myself into what I am doing."]),
];

/// The skill with this id, if the library has it.
pub fn skill(id: &str) -> Option<&'static Skill> {
    LIBRARY.iter().find(|s| s.id == id)
}

/// The skills of one group, in library order.
pub fn in_group(group: SkillGroup) -> impl Iterator<Item = &'static Skill> {
    LIBRARY.iter().filter(move |s| s.group == group)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_skill_the_practitioners_use_is_here_once() {
        for name in [
            "STOP",
            "TIPP",
            "Pros and Cons",
            "ACCEPTS",
            "Self-Soothe",
            "IMPROVE the Moment",
            "Radical Acceptance",
            "Check the Facts",
            "Opposite Action",
            "Problem Solving",
            "Accumulate Positive Emotions",
            "Build Mastery",
            "Cope Ahead",
            "PLEASE",
            "Wise Mind",
            "Observe, Describe, Participate",
        ] {
            assert_eq!(
                LIBRARY.iter().filter(|s| s.name == name).count(),
                1,
                "{name}"
            );
        }
        assert_eq!(in_group(SkillGroup::DistressTolerance).count(), 7);
        assert_eq!(in_group(SkillGroup::EmotionRegulation).count(), 7);
        assert_eq!(in_group(SkillGroup::Mindfulness).count(), 2);
    }

    #[test]
    fn ids_are_unique_and_plain_and_found() {
        for (i, s) in LIBRARY.iter().enumerate() {
            assert!(
                s.id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                "{}",
                s.id
            );
            assert!(LIBRARY[..i].iter().all(|o| o.id != s.id), "{}", s.id);
            assert_eq!(skill(s.id), Some(s));
        }
        assert_eq!(skill("nope"), None);
    }

    #[test]
    fn skills_that_carry_a_risk_say_so() {
        let cautioned: Vec<&str> = LIBRARY
            .iter()
            .filter(|s| s.caution.is_some())
            .map(|s| s.id)
            .collect();
        assert_eq!(
            cautioned,
            ["tipp", "radical-acceptance", "opposite-action", "please"]
        );
        let says = |id: &str, words: &[&str]| {
            let caution = skill(id).and_then(|s| s.caution).unwrap_or_default();
            for w in words {
                assert!(caution.contains(w), "{id}: {w}");
            }
        };
        says(
            "tipp",
            &[
                "heart condition",
                "low heart rate",
                "medicines that affect the heart (many mental-health medicines do)",
                "eating disorder",
                "doctor first",
                "Stop if you feel dizzy or faint, or have chest pain",
            ],
        );
        says(
            "please",
            &[
                "medicines as agreed",
                "don't stop or change them without talking to your doctor",
                "Alcohol and street drugs can make feelings stronger",
            ],
        );
        says(
            "opposite-action",
            &[
                "doesn't fit the facts, or acting on it doesn't help",
                "real danger",
                "If you're not sure it fits, check with someone you trust",
            ],
        );
        says(
            "radical-acceptance",
            &[
                "never means putting up with harm or staying somewhere unsafe",
                "Help now",
            ],
        );
        // What Opposite Action is for, and its caution, say the same thing.
        let about = skill("opposite-action")
            .map(|s| s.about)
            .unwrap_or_default();
        assert!(about.contains("doesn't fit the facts, or acting on it doesn't help"));
    }

    #[test]
    fn wise_mind_never_asks_the_client_to_wait_for_an_answer_and_listen() {
        let wise = skill("wise-mind")
            .map(|s| s.starter_steps.join(" "))
            .unwrap_or_default();
        assert!(!wise.contains("listen") && !wise.contains("wait for"));
        assert!(wise.contains("fine if nothing comes"));
        for id in ["accepts", "improve-the-moment"] {
            let about = skill(id).map(|s| s.about).unwrap_or_default();
            assert!(about.contains("from a longer list"), "{id}");
        }
    }

    #[test]
    fn descriptions_are_short_and_starter_steps_make_sound_cards() {
        for s in &LIBRARY {
            assert!(
                !s.about.is_empty() && s.about.chars().count() <= 280,
                "{}",
                s.name
            );
            assert!((2..=4).contains(&s.starter_steps.len()), "{}", s.name);
            let card = crate::toolkit::card::CardContent::starting_from(Some(s));
            assert!(card.problems().is_empty(), "{}", s.name);
        }
    }
}
