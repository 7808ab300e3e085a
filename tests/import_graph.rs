//! Imports point one way. Two files that import each other (directly or round a longer
//! circle) can't be read, changed or split into chunks apart, and two features that import
//! each other's screens are one feature in two places. This reads every file in `src/`,
//! follows each `crate::`, `super::` and `self::` path (through `pub use` re-exports) to the
//! file that defines it, and fails on any circle, naming it.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;
use syn::visit::Visit;

/// A module's path from the crate root: `["summary", "page"]`.
type Module = Vec<String>;

struct File {
    /// Every path the file names (`crate::a::b::Item`, `super::x`, `child::Item`), as written.
    paths: Vec<Vec<String>>,
    /// `pub use` re-exports: the name it is known by here, and the path it stands for.
    re_exports: BTreeMap<String, Vec<String>>,
    /// A screen or other browser-shell file: it draws with Leptos.
    draws: bool,
}

fn module_of(relative: &Path) -> Module {
    let mut parts: Module = relative
        .with_extension("")
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    parts
}

/// `super::x`, `self::x` or `child::x` in `module`, as a path from the crate root; `None` for
/// a path outside the crate.
fn absolute(modules: &BTreeSet<Module>, module: &Module, path: &[String]) -> Option<Vec<String>> {
    let mut base: Vec<String> = match path.first().map(String::as_str) {
        Some("crate") => return Some(path[1..].to_vec()),
        Some("self") | Some("super") => module.clone(),
        // `child::Item`; a lone `child` is more likely a local of the same name.
        Some(child)
            if path.len() > 1
                && modules.contains(&[module.as_slice(), &[child.to_string()]].concat()) =>
        {
            module.clone()
        }
        _ => return None,
    };
    let mut rest = path;
    while let Some(first) = rest.first() {
        match first.as_str() {
            "self" => {}
            "super" => {
                base.pop()?;
            }
            _ => break,
        }
        rest = &rest[1..];
    }
    base.extend(rest.iter().cloned());
    Some(base)
}

#[derive(Default)]
struct Collect {
    paths: Vec<Vec<String>>,
    re_exports: Vec<(String, Vec<String>)>,
}

fn use_paths(tree: &syn::UseTree, prefix: &mut Vec<String>, out: &mut Vec<(String, Vec<String>)>) {
    match tree {
        syn::UseTree::Path(p) => {
            prefix.push(p.ident.to_string());
            use_paths(&p.tree, prefix, out);
            prefix.pop();
        }
        syn::UseTree::Name(n) => {
            let mut full = prefix.clone();
            let name = n.ident.to_string();
            if name != "self" {
                full.push(name.clone());
            }
            let known_as = if name == "self" {
                prefix.last().cloned().unwrap_or_default()
            } else {
                name
            };
            out.push((known_as, full));
        }
        syn::UseTree::Rename(r) => {
            let mut full = prefix.clone();
            full.push(r.ident.to_string());
            out.push((r.rename.to_string(), full));
        }
        syn::UseTree::Glob(_) => out.push(("*".into(), prefix.clone())),
        syn::UseTree::Group(g) => {
            for item in &g.items {
                use_paths(item, prefix, out);
            }
        }
    }
}

/// `#[cfg(test)]`: a test module's imports are the test's, not the file's.
fn only_in_tests(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|a| {
        a.path().is_ident("cfg") && a.parse_args::<syn::Ident>().is_ok_and(|i| i == "test")
    })
}

impl<'ast> Visit<'ast> for Collect {
    fn visit_item_mod(&mut self, item: &'ast syn::ItemMod) {
        if !only_in_tests(&item.attrs) {
            syn::visit::visit_item_mod(self, item);
        }
    }

    fn visit_item_fn(&mut self, item: &'ast syn::ItemFn) {
        if !only_in_tests(&item.attrs) {
            syn::visit::visit_item_fn(self, item);
        }
    }

    fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
        let mut found = Vec::new();
        use_paths(&item.tree, &mut Vec::new(), &mut found);
        let public = matches!(item.vis, syn::Visibility::Public(_));
        for (known_as, path) in found {
            // A re-export is followed through by whoever uses it, so it is no import itself.
            if public {
                self.re_exports.push((known_as, path));
            } else {
                self.paths.push(path);
            }
        }
    }

    fn visit_path(&mut self, path: &'ast syn::Path) {
        self.paths
            .push(path.segments.iter().map(|s| s.ident.to_string()).collect());
        syn::visit::visit_path(self, path);
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        // `view!` and friends: their paths are only tokens, so read `crate::a::b` runs from them.
        let mut tokens = Vec::new();
        flatten(mac.tokens.clone(), &mut tokens);
        for (i, token) in tokens.iter().enumerate() {
            if token == "crate" || token == "super" {
                let mut path = vec![token.clone()];
                let mut j = i + 1;
                while tokens.get(j).is_some_and(|t| t == ":")
                    && tokens.get(j + 1).is_some_and(|t| t == ":")
                {
                    match tokens.get(j + 2) {
                        Some(name) if name != "super" || path.iter().all(|p| p == "super") => {
                            path.push(name.clone());
                            j += 3;
                        }
                        _ => break,
                    }
                }
                self.paths.push(path);
            }
        }
        syn::visit::visit_macro(self, mac);
    }
}

fn flatten(tokens: proc_macro2::TokenStream, out: &mut Vec<String>) {
    for token in tokens {
        match token {
            proc_macro2::TokenTree::Group(group) => flatten(group.stream(), out),
            other => out.push(other.to_string()),
        }
    }
}

fn read_tree(root: &Path, dir: &Path, files: &mut BTreeMap<Module, File>) {
    let mut entries: Vec<_> = fs::read_dir(dir).expect("src/ can be read").collect();
    entries.sort_by_key(|e| e.as_ref().map(|e| e.path()).ok());
    for entry in entries {
        let path = entry.expect("an entry of src/").path();
        if path.is_dir() {
            read_tree(root, &path, files);
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let module = module_of(path.strip_prefix(root).expect("under src/"));
        let text = fs::read_to_string(&path).expect("a source file can be read");
        let parsed = syn::parse_file(&text).unwrap_or_else(|e| panic!("{path:?}: {e}"));
        let mut collect = Collect::default();
        collect.visit_file(&parsed);
        files.insert(
            module.clone(),
            File {
                paths: collect.paths,
                re_exports: collect.re_exports.into_iter().collect(),
                draws: text.contains("use leptos::"),
            },
        );
    }
}

/// The file that defines what `path` names: the longest module it starts with, followed
/// through that module's re-exports.
fn target(files: &BTreeMap<Module, File>, path: &[String], depth: usize) -> Option<Module> {
    let module_len = (0..=path.len())
        .rev()
        .find(|&n| files.contains_key(&path[..n]))?;
    let module: Module = path[..module_len].to_vec();
    if depth < 8 {
        if let Some(item) = path.get(module_len) {
            if let Some(origin) = files[&module].re_exports.get(item) {
                let mut further = origin.clone();
                further.extend(path[module_len + 1..].iter().cloned());
                if further != path {
                    return target(files, &further, depth + 1);
                }
            }
        }
    }
    Some(module)
}

fn edges(files: &BTreeMap<Module, File>) -> BTreeMap<Module, BTreeSet<Module>> {
    files
        .iter()
        .map(|(from, file)| {
            let to = file
                .paths
                .iter()
                .filter_map(|p| target(files, p, 0))
                .filter(|to| to != from && !to.is_empty())
                .collect();
            (from.clone(), to)
        })
        .collect()
}

/// The circles: strongly connected groups of more than one, by Tarjan's algorithm.
fn circles<N: Ord + Clone>(graph: &BTreeMap<N, BTreeSet<N>>) -> Vec<Vec<N>> {
    struct Walk<'g, N> {
        graph: &'g BTreeMap<N, BTreeSet<N>>,
        index: BTreeMap<N, usize>,
        low: BTreeMap<N, usize>,
        stack: Vec<N>,
        on_stack: BTreeSet<N>,
        found: Vec<Vec<N>>,
    }
    impl<N: Ord + Clone> Walk<'_, N> {
        fn visit(&mut self, node: &N) {
            let i = self.index.len();
            self.index.insert(node.clone(), i);
            self.low.insert(node.clone(), i);
            self.stack.push(node.clone());
            self.on_stack.insert(node.clone());
            for next in self.graph.get(node).into_iter().flatten() {
                if !self.index.contains_key(next) {
                    self.visit(next);
                    let low = self.low[node].min(self.low[next]);
                    self.low.insert(node.clone(), low);
                } else if self.on_stack.contains(next) {
                    let low = self.low[node].min(self.index[next]);
                    self.low.insert(node.clone(), low);
                }
            }
            if self.low[node] == self.index[node] {
                let mut group = Vec::new();
                while let Some(top) = self.stack.pop() {
                    self.on_stack.remove(&top);
                    let done = &top == node;
                    group.push(top);
                    if done {
                        break;
                    }
                }
                if group.len() > 1 {
                    group.sort();
                    self.found.push(group);
                }
            }
        }
    }
    let mut walk = Walk {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    for node in graph.keys() {
        if !walk.index.contains_key(node) {
            walk.visit(node);
        }
    }
    walk.found
}

/// Every file of `src/`, its paths made absolute.
fn source() -> BTreeMap<Module, File> {
    let root = Path::new("src");
    let mut files = BTreeMap::new();
    read_tree(root, root, &mut files);
    let modules: BTreeSet<Module> = files.keys().cloned().collect();
    for (module, file) in files.iter_mut() {
        let absolute = |p: &Vec<String>| absolute(&modules, module, p);
        file.paths = file.paths.iter().filter_map(absolute).collect();
        file.re_exports = std::mem::take(&mut file.re_exports)
            .into_iter()
            .filter_map(|(name, p)| absolute(&p).map(|p| (name, p)))
            .collect();
    }
    files
}

fn shown(group: &[Module]) -> String {
    group
        .iter()
        .map(|m| m.join("::"))
        .collect::<Vec<_>>()
        .join(" <-> ")
}

#[test]
fn no_two_files_import_each_other() {
    let files = source();
    let found = circles(&edges(&files));
    let listed: Vec<String> = found.iter().map(|g| shown(g)).collect();
    assert!(
        listed.is_empty(),
        "files in a circle:\n{}",
        listed.join("\n")
    );
}

#[test]
fn no_two_features_import_each_others_screens() {
    let files = source();
    let mut features: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (from, to) in edges(&files) {
        for to in to.iter().filter(|to| files[*to].draws) {
            if from[0] != to[0] {
                features
                    .entry(from[0].clone())
                    .or_default()
                    .insert(to[0].clone());
            }
        }
    }
    let found = circles(&features);
    let listed: Vec<String> = found.iter().map(|g| g.join(" <-> ")).collect();
    assert!(
        listed.is_empty(),
        "features using each other's screens:\n{}",
        listed.join("\n")
    );
}

/// Shared widgets take plain values and callbacks: they may use the browser's adapters, the
/// addresses of screens and the kernel's words, never a feature or the app's state.
#[test]
fn shared_widgets_know_no_feature_or_state() {
    let files = source();
    let allowed = ["ui", "platform", "paths", "kernel", "time"];
    let reaching: Vec<String> = edges(&files)
        .into_iter()
        .filter(|(from, _)| from.first().is_some_and(|m| m == "ui"))
        .flat_map(|(from, to)| {
            to.into_iter()
                .filter(|to| !allowed.contains(&to[0].as_str()))
                .map(move |to| format!("{} -> {}", from.join("::"), to.join("::")))
        })
        .collect();
    assert!(reaching.is_empty(), "{}", reaching.join("\n"));
}

#[test]
fn the_reader_follows_re_exports_and_finds_a_planted_circle() {
    let mut graph: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    graph.insert("a", ["b"].into());
    graph.insert("b", ["c"].into());
    graph.insert("c", ["a"].into());
    graph.insert("d", ["a"].into());
    assert_eq!(circles(&graph), vec![vec!["a", "b", "c"]]);

    let module = vec!["summary".to_string(), "page".to_string()];
    let path = |s: &str| s.split("::").map(String::from).collect::<Vec<_>>();
    let files = source();
    let modules = files.keys().cloned().collect();
    assert_eq!(
        absolute(&modules, &module, &path("super::sharing::Share")),
        Some(path("summary::sharing::Share"))
    );
    // A real import is seen, through a `use super::…` in a screen.
    assert!(edges(&files)[&path("summary::page")].contains(&path("summary::sharing")));
    // `crate::summary::Summary` is re-exported from `summary::build`.
    assert_eq!(
        target(&files, &path("summary::Summary"), 0),
        Some(path("summary::build"))
    );
}
