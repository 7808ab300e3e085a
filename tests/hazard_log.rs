//! The hazard log (`docs/hazard-log.md`) names, for each hazard, the tests that show its
//! mitigation works. This checks that every hazard names at least one test and that every
//! test it names exists, so the log cannot drift from the code: a named test that is renamed
//! or removed fails the test command.

#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

const LOG: &str = "docs/hazard-log.md";

/// A test as the log names it: its file, and its name (a Rust function, or an end-to-end
/// test's words).
#[derive(Debug)]
struct Named {
    file: String,
    name: String,
}

/// The hazards, each with the tests under its "Tests" list.
fn hazards(log: &str) -> Vec<(String, Vec<Named>)> {
    let mut hazards: Vec<(String, Vec<Named>)> = Vec::new();
    for line in log.lines() {
        if let Some(title) = line.strip_prefix("### ") {
            hazards.push((title.to_string(), Vec::new()));
        } else if let (Some(named), Some((_, tests))) = (named_test(line), hazards.last_mut()) {
            tests.push(named);
        }
    }
    hazards
}

/// `` - `file`: `name` `` or `` - `file`: "name" ``.
fn named_test(line: &str) -> Option<Named> {
    let rest = line.trim().strip_prefix("- `")?;
    let (file, rest) = rest.split_once("`: ")?;
    let name = rest
        .strip_prefix('`')
        .and_then(|r| r.strip_suffix('`'))
        .or_else(|| rest.strip_prefix('"').and_then(|r| r.strip_suffix('"')))?;
    Some(Named {
        file: file.to_string(),
        name: name.to_string(),
    })
}

/// True when the file defines a test of that name: a Rust `fn`, a `node:test` `it(...)`, or
/// a journey (a named function in `tests/engines/journeys.mjs`).
fn exists(named: &Named) -> bool {
    let Ok(source) = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(&named.file))
    else {
        return false;
    };
    let name = &named.name;
    if named.file.ends_with(".rs") {
        source.contains(&format!("fn {name}("))
    } else {
        source.contains(&format!("it(\"{name}\"")) || source.contains(&format!("\"{name}\": async"))
    }
}

#[test]
fn every_hazard_names_tests_that_exist() {
    let log = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(LOG))
        .expect("the hazard log");
    let hazards = hazards(&log);
    assert!(hazards.len() >= 10, "the log lists at least ten hazards");
    let mut missing = Vec::new();
    for (hazard, tests) in &hazards {
        if tests.is_empty() {
            missing.push(format!("{hazard}: names no test"));
        }
        for test in tests.iter().filter(|t| !exists(t)) {
            missing.push(format!(
                "{hazard}: {} has no test {:?}",
                test.file, test.name
            ));
        }
    }
    assert!(missing.is_empty(), "in {LOG}:\n{}", missing.join("\n"));
    let named: usize = hazards.iter().map(|(_, tests)| tests.len()).sum();
    println!(
        "{} hazards, each with a named test ({named} tests named)",
        hazards.len()
    );
}

#[test]
fn reads_both_ways_of_naming_a_test() {
    let log = "### H1. A\n- **Tests**:\n  - `src/a.rs`: `a_test`\n  - `tests/e2e/b.test.mjs`: \"does a thing\"\n### H2. B\n";
    let read = hazards(log);
    assert_eq!(read.len(), 2);
    let names: Vec<&str> = read[0].1.iter().map(|n| n.name.as_str()).collect();
    assert_eq!(names, ["a_test", "does a thing"]);
    assert!(read[1].1.is_empty());
    assert!(!exists(&Named {
        file: "src/lib.rs".into(),
        name: "no_such_test_anywhere".into()
    }));
}
