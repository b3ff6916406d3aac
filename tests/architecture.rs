//! Layers that only look down: which part of jobbro may import which, and no import cycles.
//!
//! The test reads every `src/**/*.rs` (the library; `main.rs` is its own crate on top) with
//! `syn`, resolves each `use` and each path starting with `crate::`, `super::`, `self::`, a
//! child module or a name a `use` brought in (`store::outbox::enqueue` after `use crate::store`),
//! also inside macro calls, to the file-module it names, and checks the graph those edges make.
//! A path names the longest prefix of it that is a file under `src/`: `crate::engine::Reply` is
//! an import of `engine` (its `mod.rs`), `crate::store::outbox::enqueue` one of `store::outbox`.
//!
//! For cycles, a module's edges to its own descendants do not count (a parent's `mod x;
//! pub use x::Y` is containment, not a dependency), and a module answers for what its private
//! submodules import: those often hold `impl` blocks of the parent's types, which the parent
//! calls without naming a path (`engine::desk` is `desk/mod.rs` with its private `search.rs`,
//! `draft.rs`...). `cargo test --test architecture -- --ignored --nocapture` prints the graph.
//!
//! When it fails: an edge that crosses layers the wrong way usually means a type lives too high
//! (move it down to `domain`) or a rule lives too low (move it up to `engine` or `service`); a
//! cycle means two modules each hold half of something. The allow-lists below are for work in
//! progress only; each entry names the change that removes it, and fails once it is gone.

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use proc_macro2::{Spacing, TokenStream, TokenTree};
use syn::visit::{self, Visit};

/// One layer: top-level modules of the library that play the same part.
struct Layer {
    name: &'static str,
    modules: &'static [&'static str],
    /// Other layers this one may import (its own is always allowed).
    may_import: &'static [&'static str],
    why: &'static str,
}

/// The layers, bottom up. Every top-level module belongs to exactly one.
const LAYERS: &[Layer] = &[
    Layer {
        name: "domain",
        // `i18n` belongs here: a `Msg` is plain data that replies carry, and the catalog is
        // read in a `Lang`; the two name each other.
        modules: &["domain", "i18n"],
        may_import: &[],
        why: "the vocabulary every layer speaks: checked values, what the engine reads, replies as data",
    },
    Layer {
        name: "plumbing",
        modules: &["telemetry", "local_pg"],
        may_import: &[],
        why: "logging and a local database: process setup that knows nothing of jobbro's data",
    },
    Layer {
        name: "engine",
        modules: &["engine"],
        may_import: &["domain"],
        why: "pure decisions (replies, state, notices, what changed): no database, channel or outbox",
    },
    Layer {
        name: "export",
        modules: &["export"],
        may_import: &["domain"],
        why: "a person's data as versioned JSON documents for machines (handover, my data): shapes, never loads",
    },
    Layer {
        name: "store",
        modules: &["store"],
        may_import: &["domain"],
        why: "rows in, domain types out: the only place SQL lives, and it decides nothing",
    },
    Layer {
        name: "documents",
        modules: &["documents"],
        may_import: &["domain"],
        why: "pure renderers: domain values and the catalog's texts in, a PDF out; no database",
    },
    Layer {
        name: "attachments",
        modules: &["attachments"],
        may_import: &["domain", "export", "store", "documents"],
        why: "a document a reply names, made from the rows as they are when it is sent",
    },
    Layer {
        name: "outbox",
        modules: &["outbox"],
        may_import: &["domain", "store"],
        why: "delivers what the store queued through the Sender each channel provides; knows no turn",
    },
    Layer {
        name: "background",
        modules: &["reminders", "broadcasts"],
        may_import: &["domain", "engine", "store"],
        why: "loops beside the turns: read the store, let the engine say what to send, queue it",
    },
    Layer {
        name: "service",
        modules: &["service"],
        may_import: &["domain", "engine", "export", "store"],
        why: "one turn in one transaction: the one place that joins engine and store for a person",
    },
    Layer {
        name: "channels",
        modules: &["channels"],
        may_import: &["domain", "engine", "export", "store", "outbox", "service", "attachments"],
        why: "the edge: what arrives becomes an Inbound, replies are rendered for the medium",
    },
    Layer {
        name: "startup",
        // `config` turns settings into what each part takes (the channels' HTTP timeouts).
        modules: &["config", "startup"],
        may_import: &[
            "domain",
            "plumbing",
            "engine",
            "export",
            "store",
            "documents",
            "attachments",
            "outbox",
            "background",
            "service",
            "channels",
        ],
        why: "reads the settings and wires one process together: builds the App, starts every loop",
    },
];

/// Edges across layers that are known and on their way out: (from, to, the change removing it).
/// Empty now; an entry goes in only with the change that will take it out again.
const KNOWN_LAYER_BREAKS: &[(&str, &str, &str)] = &[];

/// Cycles that are known and on their way out: the modules of one strongly connected group, and
/// the change removing it. The group may shrink meanwhile. Empty now: the last one (between
/// engine::state, desk, steps and turn) went with the question modules.
const KNOWN_CYCLES: &[(&[&str], &str)] = &[];

#[test]
fn every_module_imports_only_its_own_layer_and_those_below() {
    let graph = Graph::of_library();
    let mut problems = String::new();
    for module in graph.modules() {
        if layer_of(module).is_none() {
            let _ = writeln!(problems, "`{module}` is in no layer: add its top-level module to LAYERS");
        }
    }
    let mut used = BTreeSet::new();
    for (from, to, at) in graph.edges() {
        let (Some(source), Some(target)) = (layer_of(from), layer_of(to)) else { continue };
        if source.name == target.name || source.may_import.contains(&target.name) {
            continue;
        }
        if let Some(i) = KNOWN_LAYER_BREAKS.iter().position(|(f, t, _)| *f == from && *t == to) {
            used.insert(i);
            continue;
        }
        let _ = writeln!(
            problems,
            "`{from}` imports `{to}` ({at}): {} may import only {}.\n    {}: {}",
            source.name,
            allowed(source),
            source.name,
            source.why
        );
    }
    for (i, (from, to, why)) in KNOWN_LAYER_BREAKS.iter().enumerate() {
        if !used.contains(&i) {
            let _ = writeln!(
                problems,
                "KNOWN_LAYER_BREAKS lists `{from}` -> `{to}` ({why}), which is gone: delete the entry"
            );
        }
    }
    assert!(problems.is_empty(), "\n{problems}\nThe layers, bottom up:\n{}", layer_table());
}

#[test]
fn no_module_imports_one_that_imports_it_back() {
    let graph = Graph::of_library();
    let mut problems = String::new();
    let mut used = BTreeSet::new();
    for group in graph.cycles() {
        let known =
            KNOWN_CYCLES.iter().position(|(modules, _)| group.iter().all(|m| modules.contains(&m.as_str())));
        if let Some(i) = known {
            used.insert(i);
            continue;
        }
        let _ = writeln!(problems, "a cycle among {}:\n{}", group.join(", "), graph.one_cycle(&group));
    }
    for (i, (modules, why)) in KNOWN_CYCLES.iter().enumerate() {
        if !used.contains(&i) {
            let _ = writeln!(
                problems,
                "KNOWN_CYCLES lists {} ({why}), which is no cycle any more: delete the entry",
                modules.join(", ")
            );
        }
    }
    assert!(problems.is_empty(), "\n{problems}");
}

/// Guards the guard: a resolver that found nothing would pass every rule above.
#[test]
fn the_graph_sees_the_imports_it_should() {
    let graph = Graph::of_library();
    for (from, to) in [
        ("service::turn", "engine"),
        ("service::turn", "store"),
        ("engine::turn", "engine::matching"),
        ("channels::sms", "channels::sms::gateway"),
        ("store::audience", "domain::opportunity"),
        // Inside a macro call.
        ("engine", "i18n"),
    ] {
        assert!(graph.has_edge(from, to), "the graph misses `{from}` -> `{to}`");
    }
    // Inside `mod tests`, `super` is the file's own module: no edge to its parent.
    assert!(!graph.has_edge("domain::text", "domain"));
    // The desk's private files (`desk/search.rs`...) name the questions; `desk/mod.rs` does not,
    // but the desk answers for them.
    assert!(!graph.has_edge("engine::desk", "engine::questions"));
    assert!(graph.dependencies("engine::desk").contains_key("engine::questions"));
    assert!(!graph.dependencies("engine").contains_key("engine::turn"), "containment");
}

/// Not a check: prints every edge, then what each module depends on as cycles count it.
#[test]
#[ignore]
fn print_the_module_graph() {
    let graph = Graph::of_library();
    for (from, to, at) in graph.edges() {
        println!("{from} -> {to} ({at})");
    }
    for module in graph.modules() {
        let deps: Vec<&str> = graph.dependencies(module).into_keys().collect();
        println!("{module} depends on {}", deps.join(", "));
    }
}

fn layer_of(module: &str) -> Option<&'static Layer> {
    let top = module.split("::").next().unwrap_or_default();
    LAYERS.iter().find(|l| l.modules.contains(&top))
}

fn allowed(layer: &Layer) -> String {
    let mut names = vec![layer.name];
    names.extend(layer.may_import);
    names.join(", ")
}

fn layer_table() -> String {
    let mut table = String::new();
    for l in LAYERS {
        let modules = l.modules.join(", ");
        let _ = writeln!(table, "  {:<10} ({modules}) may import {}: {}", l.name, allowed(l), l.why);
    }
    table
}

/// Where an edge was first seen.
#[derive(Debug, Clone)]
struct At {
    file: PathBuf,
    line: usize,
}

impl std::fmt::Display for At {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.file.display(), self.line)
    }
}

/// File-modules of the library ("" is `lib.rs`) and which names which.
struct Graph {
    edges: BTreeMap<String, BTreeMap<String, At>>,
    /// Modules declared with a private `mod x;`: part of their parent's implementation.
    private: BTreeSet<String>,
}

impl Graph {
    fn of_library() -> Graph {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        rust_files(&root.join("src"), &mut files);
        let sources: Vec<(String, PathBuf)> = files
            .into_iter()
            .filter_map(|file| Some((module_of(file.strip_prefix(root.join("src")).unwrap())?, file)))
            .collect();
        let modules: BTreeSet<String> = sources.iter().map(|(m, _)| m.clone()).collect();
        let mut graph = Graph { edges: BTreeMap::new(), private: BTreeSet::new() };
        for (module, file) in &sources {
            let text = std::fs::read_to_string(file).unwrap();
            let ast =
                syn::parse_file(&text).unwrap_or_else(|e| panic!("{} does not parse: {e}", file.display()));
            let mut paths = Paths::new(&modules, module);
            // Names brought in by `use` first: a file may use one above its `use` line.
            paths.learning = true;
            paths.visit_file(&ast);
            paths.learning = false;
            paths.visit_file(&ast);
            graph.private.extend(paths.private);
            let targets = graph.edges.entry(module.clone()).or_default();
            for (path, line) in paths.found {
                let Some(target) = longest_module(&path, &modules) else { continue };
                // The crate root only declares modules; a module naming itself is no edge.
                if target.is_empty() || target == *module {
                    continue;
                }
                let file = file.strip_prefix(root).unwrap().to_path_buf();
                targets.entry(target).or_insert(At { file, line });
            }
        }
        graph
    }

    fn modules(&self) -> impl Iterator<Item = &str> {
        self.edges.keys().map(String::as_str).filter(|m| !m.is_empty())
    }

    fn edges(&self) -> impl Iterator<Item = (&str, &str, &At)> {
        self.edges.iter().flat_map(|(from, to)| to.iter().map(move |(t, at)| (from.as_str(), t.as_str(), at)))
    }

    fn has_edge(&self, from: &str, to: &str) -> bool {
        self.edges.get(from).is_some_and(|t| t.contains_key(to))
    }

    /// The edges that count for cycles (see the top of this file): the module's own and its
    /// private submodules', less those into the module itself or its descendants.
    fn dependencies(&self, from: &str) -> BTreeMap<&str, &At> {
        let mut found = BTreeMap::new();
        if from.is_empty() {
            return found;
        }
        let inside = format!("{from}::");
        let mut parts = vec![from];
        while let Some(part) = parts.pop() {
            parts.extend(self.private.iter().map(String::as_str).filter(|m| parent_of(m) == part));
            for (to, at) in self.edges.get(part).into_iter().flatten() {
                if to != from && !to.starts_with(&inside) {
                    found.entry(to.as_str()).or_insert(at);
                }
            }
        }
        found
    }

    /// Groups of modules that reach each other (strongly connected, more than one module).
    fn cycles(&self) -> Vec<Vec<String>> {
        // Tarjan's algorithm; the graph has about a hundred nodes, recursion is fine.
        struct Walk<'a> {
            graph: &'a Graph,
            index: BTreeMap<&'a str, usize>,
            low: BTreeMap<&'a str, usize>,
            stack: Vec<&'a str>,
            groups: Vec<Vec<String>>,
        }
        impl<'a> Walk<'a> {
            fn visit(&mut self, v: &'a str) {
                let n = self.index.len();
                self.index.insert(v, n);
                self.low.insert(v, n);
                self.stack.push(v);
                for w in self.graph.dependencies(v).into_keys() {
                    if !self.index.contains_key(w) {
                        self.visit(w);
                        let low = self.low[v].min(self.low[w]);
                        self.low.insert(v, low);
                    } else if self.stack.contains(&w) {
                        let low = self.low[v].min(self.index[w]);
                        self.low.insert(v, low);
                    }
                }
                if self.low[v] == self.index[v] {
                    let mut group = Vec::new();
                    while let Some(w) = self.stack.pop() {
                        group.push(w.to_string());
                        if w == v {
                            break;
                        }
                    }
                    if group.len() > 1 {
                        group.sort();
                        self.groups.push(group);
                    }
                }
            }
        }
        let mut walk = Walk {
            graph: self,
            index: BTreeMap::new(),
            low: BTreeMap::new(),
            stack: Vec::new(),
            groups: Vec::new(),
        };
        for v in self.edges.keys() {
            if !walk.index.contains_key(v.as_str()) {
                walk.visit(v);
            }
        }
        walk.groups
    }

    /// The shortest way from the group's first module back to itself, one edge a line.
    fn one_cycle(&self, group: &[String]) -> String {
        let start = group[0].as_str();
        let mut came_from: BTreeMap<&str, &str> = BTreeMap::new();
        let mut queue = VecDeque::from([start]);
        'search: while let Some(v) = queue.pop_front() {
            for w in self.dependencies(v).into_keys().filter(|w| group.iter().any(|g| g == w)) {
                if w == start {
                    came_from.insert(start, v);
                    break 'search;
                }
                if !came_from.contains_key(w) {
                    came_from.insert(w, v);
                    queue.push_back(w);
                }
            }
        }
        let mut path = vec![start];
        let mut v = came_from[start];
        while v != start {
            path.push(v);
            v = came_from[v];
        }
        path.push(start);
        path.reverse();
        path.windows(2)
            .map(|pair| {
                format!("    `{}` -> `{}` ({})\n", pair[0], pair[1], self.dependencies(pair[0])[pair[1]])
            })
            .collect()
    }
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out.sort();
}

/// `engine/desk/mod.rs` is `engine::desk`, `lib.rs` the root (""); `main.rs` is the binary,
/// another crate.
fn module_of(relative: &Path) -> Option<String> {
    let mut parts: Vec<String> =
        relative.with_extension("").iter().map(|p| p.to_string_lossy().into_owned()).collect();
    match parts.last().map(String::as_str) {
        Some("main") if parts.len() == 1 => return None,
        Some("lib") if parts.len() == 1 => parts.clear(),
        Some("mod") => {
            parts.pop();
        }
        _ => {}
    }
    Some(parts.join("::"))
}

fn parent_of(module: &str) -> &str {
    module.rsplit_once("::").map_or("", |(parent, _)| parent)
}

fn segments(module: &str) -> Vec<String> {
    if module.is_empty() { Vec::new() } else { module.split("::").map(str::to_string).collect() }
}

fn longest_module(path: &[String], modules: &BTreeSet<String>) -> Option<String> {
    (0..=path.len()).rev().map(|n| path[..n].join("::")).find(|m| modules.contains(m))
}

/// Collects the absolute paths (from the crate root) one file names, with their lines.
struct Paths<'m> {
    /// Every file-module of the library.
    modules: &'m BTreeSet<String>,
    /// The file's module.
    here: Vec<String>,
    /// Inline modules (`mod tests { .. }`) around the current item.
    inline: Vec<String>,
    /// Names a `use` of ours brought into the file, and the absolute paths they stand for (the
    /// file as one scope: close enough for names that are modules and types).
    aliases: BTreeMap<String, Vec<String>>,
    /// The first pass over a file only learns `aliases`.
    learning: bool,
    found: Vec<(Vec<String>, usize)>,
    /// The file-modules this file declares with a private `mod x;`.
    private: BTreeSet<String>,
}

impl<'m> Paths<'m> {
    fn new(modules: &'m BTreeSet<String>, module: &str) -> Paths<'m> {
        Paths {
            modules,
            here: segments(module),
            inline: Vec::new(),
            aliases: BTreeMap::new(),
            learning: false,
            found: Vec::new(),
            private: BTreeSet::new(),
        }
    }

    /// The path from the crate root, `None` when it is not one of ours (an outside crate, a
    /// local type's associated item).
    fn absolute(&self, path: &[String]) -> Option<Vec<String>> {
        let first = path.first()?;
        let mut base: Vec<String> = self.here.iter().chain(&self.inline).cloned().collect();
        let rest = match first.as_str() {
            "crate" => {
                base.clear();
                &path[1..]
            }
            "super" => {
                let supers = path.iter().take_while(|s| *s == "super").count();
                base.truncate(base.len().saturating_sub(supers));
                &path[supers..]
            }
            "self" => &path[1..],
            // A module declared here (`mod child;`) is in scope by its name.
            child if self.modules.contains(&[&self.here[..], &[child.to_string()]].concat().join("::")) => {
                base = self.here.clone();
                path
            }
            name => {
                base = self.aliases.get(name)?.clone();
                &path[1..]
            }
        };
        base.extend(rest.iter().cloned());
        Some(base)
    }

    fn note(&mut self, path: &[String], line: usize) {
        if !self.learning
            && let Some(absolute) = self.absolute(path)
        {
            self.found.push((absolute, line));
        }
    }

    /// Paths inside a macro call are tokens, not syntax: a name followed by `::` and names.
    fn scan(&mut self, tokens: TokenStream) {
        let tokens: Vec<TokenTree> = tokens.into_iter().collect();
        let mut i = 0;
        while i < tokens.len() {
            match &tokens[i] {
                TokenTree::Group(g) => self.scan(g.stream()),
                TokenTree::Ident(id) => {
                    let mut path = vec![id.to_string()];
                    while let (
                        Some(TokenTree::Punct(a)),
                        Some(TokenTree::Punct(b)),
                        Some(TokenTree::Ident(next)),
                    ) = (tokens.get(i + 1), tokens.get(i + 2), tokens.get(i + 3))
                    {
                        if a.as_char() != ':' || a.spacing() != Spacing::Joint || b.as_char() != ':' {
                            break;
                        }
                        path.push(next.to_string());
                        i += 3;
                    }
                    if path.len() > 1 {
                        self.note(&path, id.span().start().line);
                    }
                }
                _ => {}
            }
            i += 1;
        }
    }
}

impl<'ast> Visit<'ast> for Paths<'_> {
    fn visit_item_mod(&mut self, item: &'ast syn::ItemMod) {
        if item.content.is_some() {
            self.inline.push(item.ident.to_string());
            visit::visit_item_mod(self, item);
            self.inline.pop();
        } else if matches!(item.vis, syn::Visibility::Inherited) && self.inline.is_empty() {
            self.private.insert([&self.here[..], &[item.ident.to_string()]].concat().join("::"));
        }
    }

    fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
        let mut paths = Vec::new();
        expand(&item.tree, Vec::new(), &mut paths);
        let line = item.use_token.span.start().line;
        for (path, name) in paths {
            if self.learning {
                if let (Some(name), Some(absolute)) = (name, self.absolute(&path)) {
                    self.aliases.insert(name, absolute);
                }
            } else {
                self.note(&path, line);
            }
        }
    }

    fn visit_path(&mut self, path: &'ast syn::Path) {
        if path.segments.len() > 1 {
            let names: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
            self.note(&names, path.segments[0].ident.span().start().line);
        }
        visit::visit_path(self, path);
    }

    /// `pub(super)` and `pub(in crate::x)` say who may see an item, not what it uses.
    fn visit_visibility(&mut self, _: &'ast syn::Visibility) {}

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        self.scan(mac.tokens.clone());
        visit::visit_macro(self, mac);
    }
}

/// `use a::{b, c::{self, d as e}, f::*}` as the paths `a::b`, `a::c`, `a::c::d` and `a::f`, each
/// with the name it brings in (`b`, `c`, `e`; none for a glob).
fn expand(tree: &syn::UseTree, prefix: Vec<String>, out: &mut Vec<(Vec<String>, Option<String>)>) {
    let with = |name: &syn::Ident| {
        let mut p = prefix.clone();
        if name != "self" {
            p.push(name.to_string());
        }
        p
    };
    let name = |p: &[String]| p.last().cloned();
    match tree {
        syn::UseTree::Path(p) => expand(&p.tree, with(&p.ident), out),
        syn::UseTree::Name(n) => {
            let path = with(&n.ident);
            let named = name(&path);
            out.push((path, named));
        }
        syn::UseTree::Rename(r) => out.push((with(&r.ident), Some(r.rename.to_string()))),
        syn::UseTree::Glob(_) => out.push((prefix, None)),
        syn::UseTree::Group(g) => g.items.iter().for_each(|t| expand(t, prefix.clone(), out)),
    }
}
