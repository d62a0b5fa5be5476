//! The `kgraph` command line: parses flags, runs the library, reports.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, Result, bail};
use clap::{Args, Parser, Subcommand, ValueEnum};
use kgraph::analyse::{self, Filter};
use kgraph::export::{csv, dot, gexf, graphml, html, json, write_atomic};
use kgraph::extract::user::UserKnowledge;
use kgraph::{EntityType, Extractor, KnowledgeGraph, Partial, ReadOptions, Scope};

/// Turns transparent huge pages off for this process (Linux), as `MIMALLOC_ALLOW_THP=0` would:
/// where the system gives them always, the kernel zeroed fresh 2 MB pages for the memory
/// extraction frees and takes again, 5–7 s of system time in a 22 s build of 100 MB of news
/// against about 1 s without (see `scripts/bench.sh`). Where the call is refused, nothing changes.
fn without_huge_pages() {
    #[cfg(target_os = "linux")]
    let _ = rustix::thread::disable_transparent_huge_pages(true);
}

/// mimalloc: extraction allocates many small strings and vectors per sentence, on every thread.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use rayon::prelude::*;

/// Turn Chinese text into a knowledge graph of companies, places, projects, organizations and
/// persons linked by co-occurrence.
#[derive(Parser, Debug)]
#[command(name = "kgraph", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Build the graph of the inputs and write it (graph.json, graph.dot, graph.svg ...).
    Build(BuildArgs),
    /// Print the entities of each document as one JSON line (or, with --partial, its
    /// mergeable graph).
    Extract(ExtractArgs),
    /// Merge partial results of `extract --partial` into the graph a single build gives.
    Merge(MergeArgs),
    /// Re-export a built graph.json in other formats, without the corpus.
    Render(RenderArgs),
    /// Summarise a built graph.json in the terminal.
    Stats(StatsArgs),
}

/// Flags shared by every command that reads documents.
#[derive(Args, Debug)]
struct InputArgs {
    /// Files, folders (walked for .txt, .md, .html, .jsonl) or - for stdin [default: seeds, or stdin with --jsonl]
    #[arg(value_name = "INPUT")]
    inputs: Vec<PathBuf>,
    /// Read stdin as JSON Lines.
    #[arg(long)]
    jsonl: bool,
    /// The JSON Lines field holding the text.
    #[arg(long, default_value = "text", value_name = "NAME")]
    text_field: String,
    /// The JSON Lines field holding the document id (else the line number).
    #[arg(long, default_value = "id", value_name = "NAME")]
    id_field: String,
    /// Decode every file with this encoding (gb18030, gbk, big5, utf-16le ...) instead of detecting.
    #[arg(long, value_name = "NAME")]
    encoding: Option<String>,
    /// Read files and stdin as HTML pages (.html and .htm files always are).
    #[arg(long)]
    html: bool,
    /// Fail instead of skipping a file or line that cannot be read.
    #[arg(long)]
    strict: bool,
    /// User dictionary: lines of name<TAB>type[<TAB>alias,alias].
    #[arg(long, value_name = "FILE")]
    dict: Option<PathBuf>,
    /// Names never to report, one per line.
    #[arg(long, value_name = "FILE")]
    stop: Option<PathBuf>,
    /// Worker threads [default: all cores].
    #[arg(long, value_name = "N")]
    threads: Option<usize>,
    /// No summary or warnings on stderr.
    #[arg(long, short)]
    quiet: bool,
}

/// How entities are linked.
#[derive(Args, Debug)]
struct LinkArgs {
    /// The unit inside which entities are linked.
    #[arg(long, value_enum, default_value_t = ScopeArg::Sentence)]
    scope: ScopeArg,
    /// Sentences per window, with --scope window.
    #[arg(long, default_value_t = 3, value_name = "N")]
    window: usize,
    /// Evidence spans kept per edge.
    #[arg(long, default_value_t = 3, value_name = "N")]
    evidence: usize,
}

impl LinkArgs {
    fn scope(&self) -> Scope {
        match self.scope {
            ScopeArg::Sentence => Scope::Sentence,
            ScopeArg::Paragraph => Scope::Paragraph,
            ScopeArg::Document => Scope::Document,
            ScopeArg::Window => Scope::Window(self.window.max(1)),
        }
    }
}

/// What is written and what is kept of the graph.
#[derive(Args, Debug)]
struct OutputArgs {
    /// Output folder.
    #[arg(short, long, default_value = "output", value_name = "DIR")]
    output: PathBuf,
    /// Formats, comma-separated: json, dot, svg, png, graphml, gexf, csv, html, all
    /// [default: json,dot and svg when Graphviz is installed]
    #[arg(long, value_delimiter = ',', value_name = "LIST")]
    format: Vec<Format>,
    /// Drop edges lighter than this.
    #[arg(long, default_value_t = 1, value_name = "W")]
    min_weight: u64,
    /// Drop entities mentioned fewer times.
    #[arg(long, default_value_t = 1, value_name = "N")]
    min_count: u64,
    /// Keep only these types, comma-separated.
    #[arg(long, value_delimiter = ',', value_name = "TYPES")]
    types: Vec<String>,
    /// Keep only the N entities of highest weighted degree.
    #[arg(long, value_name = "N")]
    top: Option<usize>,
    /// Pictures (svg, png, html) show every node, not only the top 300.
    #[arg(long)]
    all: bool,
    /// Add `located_in` edges from each place to the nearest division above it that is also a
    /// node (town → district → city → province).
    #[arg(long)]
    hierarchy: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    Json,
    Dot,
    Svg,
    Png,
    Graphml,
    Gexf,
    Csv,
    Html,
    All,
}

#[derive(Args, Debug)]
struct BuildArgs {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    link: LinkArgs,
    #[command(flatten)]
    out: OutputArgs,
}

#[derive(Args, Debug)]
struct ExtractArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Print each document's mergeable partial graph instead of its mentions (the map step).
    #[arg(long)]
    partial: bool,
    #[command(flatten)]
    link: LinkArgs,
}

#[derive(Args, Debug)]
struct MergeArgs {
    /// Files of `kgraph extract --partial` lines (- for stdin).
    #[arg(value_name = "PARTIAL", required = true)]
    partials: Vec<PathBuf>,
    /// Evidence spans kept per edge.
    #[arg(long, default_value_t = 3, value_name = "N")]
    evidence: usize,
    #[command(flatten)]
    out: OutputArgs,
    /// No summary on stderr.
    #[arg(long, short)]
    quiet: bool,
}

#[derive(Args, Debug)]
struct RenderArgs {
    /// A graph.json written by kgraph.
    #[arg(value_name = "GRAPH_JSON")]
    graph: PathBuf,
    #[command(flatten)]
    out: OutputArgs,
    /// No summary on stderr.
    #[arg(long, short)]
    quiet: bool,
}

#[derive(Args, Debug)]
struct StatsArgs {
    /// A graph.json written by kgraph.
    #[arg(value_name = "GRAPH_JSON", default_value = "output/graph.json")]
    graph: PathBuf,
    /// How many entities, edges and communities to list.
    #[arg(long, default_value_t = 10, value_name = "N")]
    top: usize,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum ScopeArg {
    Sentence,
    Paragraph,
    Document,
    Window,
}

fn main() -> ExitCode {
    without_huge_pages();
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            if is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            eprintln!("kgraph: error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe))
}

fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Command::Build(args) => build(&args),
        Command::Extract(args) => extract(&args),
        Command::Merge(args) => merge(&args),
        Command::Render(args) => render(&args),
        Command::Stats(args) => stats(&args),
    }
}

/// What every reading command prepares: sources, read options and the extractor.
struct Prepared {
    sources: Vec<kgraph::Source>,
    opts: ReadOptions,
    extractor: Extractor,
}

fn prepare(input: &InputArgs) -> Result<Prepared> {
    if let Some(n) = input.threads {
        rayon::ThreadPoolBuilder::new().num_threads(n.max(1)).build_global().context("starting threads")?;
    }
    let encoding = match &input.encoding {
        Some(name) => Some(
            encoding_rs::Encoding::for_label(name.as_bytes())
                .with_context(|| format!("unknown encoding {name:?} (try utf-8, gb18030, gbk, big5, utf-16le)"))?,
        ),
        None => None,
    };
    let opts = ReadOptions {
        stdin_jsonl: input.jsonl,
        text_field: input.text_field.clone(),
        id_field: input.id_field.clone(),
        encoding,
        html: input.html,
    };
    // No INPUT: stdin with --jsonl (as a map step in a pipe), else the shipped seeds.
    let inputs = match (input.inputs.is_empty(), input.jsonl) {
        (false, _) => input.inputs.clone(),
        (true, true) => vec![PathBuf::from("-")],
        (true, false) => vec![PathBuf::from("seeds")],
    };
    let sources = kgraph::corpus::sources(&inputs, &opts)?;
    let entries = match &input.dict {
        Some(path) => UserKnowledge::read_dict(path)?,
        None => Vec::new(),
    };
    let stop = match &input.stop {
        Some(path) => UserKnowledge::read_stop(path)?,
        None => Default::default(),
    };
    let extractor = Extractor::new(UserKnowledge::new(entries, stop));
    Ok(Prepared { sources, opts, extractor })
}

fn warner(quiet: bool) -> impl FnMut(kgraph::Error) {
    move |w| {
        if !quiet {
            eprintln!("kgraph: warning: {w}");
        }
    }
}

/// A progress bar on stderr (documents, MB, MB/s, time left) when stderr is a terminal and
/// the run is not quiet; hidden otherwise. It shows itself only after a second.
fn progress(sources: &[kgraph::Source], quiet: bool) -> indicatif::ProgressBar {
    use std::io::IsTerminal;
    if quiet || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let total: u64 = sources
        .iter()
        .filter_map(|s| match s {
            kgraph::Source::File(p) | kgraph::Source::Html(p) | kgraph::Source::JsonLines(p) => {
                std::fs::metadata(p).ok()
            }
            _ => None,
        })
        .map(|m| m.len())
        .sum();
    let bar = indicatif::ProgressBar::with_draw_target(Some(total), indicatif::ProgressDrawTarget::stderr_with_hz(4));
    bar.set_style(
        indicatif::ProgressStyle::with_template(
            "{spinner} [{elapsed_precise}] {wide_bar} {binary_bytes}/{binary_total_bytes} {binary_bytes_per_sec} {msg} ETA {eta}",
        )
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    bar
}

/// With `KGRAPH_TIMINGS` set, says on stderr how long a phase took (for `scripts/bench.sh`).
fn timing(phase: &str, since: Instant) {
    if std::env::var_os("KGRAPH_TIMINGS").is_some() {
        eprintln!("kgraph: timing: {phase} {:.2}s", since.elapsed().as_secs_f64());
    }
}

fn build(args: &BuildArgs) -> Result<()> {
    let started = Instant::now();
    let p = prepare(&args.input)?;
    timing("load", started);
    let extracting = Instant::now();
    let (scope, cap) = (args.link.scope(), args.link.evidence);
    let mut total = Partial::default();
    // The last batch's result, merged into the total while the next batch is extracted.
    let mut unmerged: Option<Partial> = None;
    let bar = progress(&p.sources, args.input.quiet);
    let (mut done_docs, mut pending) = (0usize, 0u64);
    let mut warn = warner(args.input.quiet);
    let mut failed = Vec::new();
    kgraph::for_each_batch(&p.sources, &p.opts, args.input.strict, &mut warn, &mut |docs| {
        let ((), (partial, errors)) = rayon::join(
            || {
                if let Some(previous) = unmerged.take() {
                    total.merge(previous, cap);
                }
            },
            || kgraph::link_batch(&p.extractor, &docs, scope, cap),
        );
        unmerged = Some(partial);
        failed.extend(errors);
        done_docs += docs.len();
        pending += docs.iter().map(|d| d.text.len() as u64).sum::<u64>();
        if started.elapsed().as_secs() >= 1 {
            bar.set_message(format!("{done_docs} documents"));
            bar.inc(std::mem::take(&mut pending));
        }
    })?;
    if let Some(last) = unmerged {
        total.merge(last, cap);
    }
    bar.finish_and_clear();
    if args.input.strict && !failed.is_empty() {
        anyhow::bail!("{} (--strict)", failed[0]);
    }
    failed.into_iter().for_each(&mut warn);
    timing("read, extract and link", extracting);
    let graph_started = Instant::now();
    let kg = KnowledgeGraph::from_partial(total, scope, cap);
    timing("graph", graph_started);
    let result = write_outputs(&kg, &args.out, args.input.quiet, started);
    // The process ends here: freeing a large graph piece by piece only costs time.
    std::mem::forget(kg);
    result
}

/// One line of `extract --partial`: a document's partial graph and how it was linked.
#[derive(serde::Serialize, serde::Deserialize)]
struct PartialLine {
    scope: Scope,
    #[serde(flatten)]
    partial: Partial,
}

fn extract(args: &ExtractArgs) -> Result<()> {
    let p = prepare(&args.input)?;
    let (scope, cap) = (args.link.scope(), args.link.evidence);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failure: Option<std::io::Error> = None;
    let mut warn = warner(args.input.quiet);
    let mut skipped: Option<kgraph::Error> = None;
    kgraph::for_each_batch(&p.sources, &p.opts, args.input.strict, &mut warner(args.input.quiet), &mut |docs| {
        if failure.is_some() || skipped.is_some() {
            return;
        }
        let results = kgraph::extract_batch(&p.extractor, &docs);
        for (doc, extraction) in docs.iter().zip(results) {
            let extraction = match extraction {
                Ok(extraction) => extraction,
                Err(e) if args.input.strict => {
                    skipped = Some(e);
                    return;
                }
                Err(e) => {
                    warn(e);
                    continue;
                }
            };
            let line = if args.partial {
                let partial = Partial::from_document(&doc.id, &doc.text, &extraction, scope, cap);
                serde_json::to_string(&PartialLine { scope, partial }).map_err(std::io::Error::other)
            } else {
                let entities: Vec<serde_json::Value> = extraction
                    .mentions
                    .iter()
                    .map(|m| serde_json::json!({"text": m.text, "type": m.kind, "start": m.start, "end": m.end, "name": m.name}))
                    .collect();
                Ok(serde_json::json!({"doc": doc.id, "entities": entities}).to_string())
            };
            if let Err(e) = line.and_then(|l| writeln!(out, "{l}")) {
                failure = Some(e);
                return;
            }
        }
    })?;
    if let Some(e) = failure {
        return Err(e).context("writing to stdout");
    }
    out.flush().context("writing to stdout")?;
    match skipped {
        Some(e) => anyhow::bail!("{e} (--strict)"),
        None => Ok(()),
    }
}

fn merge(args: &MergeArgs) -> Result<()> {
    use std::io::BufRead;
    let started = Instant::now();
    let cap = args.evidence;
    let mut total = Partial::default();
    let mut scope: Option<Scope> = None;
    for path in &args.partials {
        let reader: Box<dyn BufRead> = if path.as_os_str() == "-" {
            Box::new(std::io::BufReader::new(std::io::stdin()))
        } else {
            let file = std::fs::File::open(path).with_context(|| format!("{}: cannot open", path.display()))?;
            Box::new(std::io::BufReader::new(file))
        };
        for (i, line) in reader.lines().enumerate() {
            let line = line.with_context(|| format!("{}: cannot read", path.display()))?;
            if line.trim().is_empty() {
                continue;
            }
            let parsed: PartialLine = serde_json::from_str(&line)
                .with_context(|| format!("{}:{}: not a line of `kgraph extract --partial`", path.display(), i + 1))?;
            match scope {
                Some(s) if s != parsed.scope => {
                    bail!("{}:{}: scope {} differs from {} of earlier lines", path.display(), i + 1, parsed.scope, s)
                }
                _ => scope = Some(parsed.scope),
            }
            total.merge(parsed.partial, cap);
        }
    }
    let kg = KnowledgeGraph::from_partial(total, scope.unwrap_or(Scope::Sentence), cap);
    write_outputs(&kg, &args.out, args.quiet, started)
}

fn render(args: &RenderArgs) -> Result<()> {
    let started = Instant::now();
    let kg = kgraph::export::json::read(&args.graph)?;
    write_outputs(&kg, &args.out, args.quiet, started)
}

fn stats(args: &StatsArgs) -> Result<()> {
    let kg = kgraph::export::json::read(&args.graph)?;
    let text = kgraph::export::stats::summary(&kg, args.top);
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes()).context("writing to stdout")
}

/// Filters the graph and writes every requested format into the output folder.
fn write_outputs(kg: &KnowledgeGraph, out: &OutputArgs, quiet: bool, started: Instant) -> Result<()> {
    let types =
        out.types.iter().map(|t| t.parse::<EntityType>().map_err(anyhow::Error::msg)).collect::<Result<Vec<_>>>()?;
    let filter = Filter { min_weight: out.min_weight, min_count: out.min_count, types, top: out.top };
    let filtered;
    let kg = if filter.is_empty() {
        kg
    } else {
        filtered = filter.apply(kg);
        &filtered
    };
    let with_hierarchy;
    let kg = if out.hierarchy && !kg.has_hierarchy() {
        let mut copy = kg.clone();
        copy.add_hierarchy();
        with_hierarchy = copy;
        &with_hierarchy
    } else {
        kg
    };
    let graphviz = dot::graphviz_installed();
    let mut formats = out.format.clone();
    if formats.is_empty() {
        formats = vec![Format::Json, Format::Dot];
        if graphviz {
            formats.push(Format::Svg);
        } else if !quiet {
            eprintln!(
                "kgraph: note: Graphviz's dot is not installed, so no graph.svg (apt-get install graphviz fonts-wqy-microhei)"
            );
        }
    }
    if formats.contains(&Format::All) {
        formats = vec![Format::Json, Format::Dot, Format::Graphml, Format::Gexf, Format::Csv, Format::Html];
        if graphviz {
            formats.extend([Format::Svg, Format::Png]);
        }
    }
    formats.dedup();
    if formats.iter().any(|f| matches!(f, Format::Svg | Format::Png)) && !graphviz {
        bail!("svg and png need Graphviz's dot on the PATH (apt-get install graphviz fonts-wqy-microhei)");
    }
    let dir = &out.output;
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create output folder {}", dir.display()))?;
    let outputs_started = Instant::now();
    let metrics = analyse::metrics(kg);
    timing("metrics", outputs_started);
    // Pictures of big graphs show the top nodes.
    let picture_top;
    let (picture, picture_metrics, note) = if kg.graph.node_count() > dot::PICTURE_NODES && !out.all {
        picture_top = kg.top(dot::PICTURE_NODES, dot::PICTURE_EDGES);
        let note = format!(
            "showing the {} of {} entities with the highest weighted degree (--all shows every one)",
            dot::PICTURE_NODES,
            kg.graph.node_count()
        );
        (&picture_top, analyse::metrics(&picture_top), note)
    } else {
        (kg, metrics.clone(), String::new())
    };
    let file = |name: &str| dir.join(name);
    // Each format is written on its own thread; `written` keeps the order asked for.
    let results: Vec<Result<Vec<&str>>> = formats
        .par_iter()
        .map(|format| {
            let format_started = Instant::now();
            let names = match format {
                Format::Json => {
                    write_atomic(&file("graph.json"), |w| json::write(kg, &metrics, w))?;
                    vec!["graph.json"]
                }
                Format::Dot => {
                    write_atomic(&file("graph.dot"), |w| dot::write(kg, w))?;
                    vec!["graph.dot"]
                }
                Format::Svg | Format::Png => {
                    let (fmt, name) = if *format == Format::Svg {
                        (graphviz_rust::cmd::Format::Svg, "graph.svg")
                    } else {
                        (graphviz_rust::cmd::Format::Png, "graph.png")
                    };
                    let bytes = dot::render(picture, fmt)?;
                    write_atomic(&file(name), |w| w.write_all(&bytes))?;
                    vec![name]
                }
                Format::Graphml => {
                    write_atomic(&file("graph.graphml"), |w| graphml::write(kg, &metrics, w))?;
                    vec!["graph.graphml"]
                }
                Format::Gexf => {
                    write_atomic(&file("graph.gexf"), |w| gexf::write(kg, &metrics, w))?;
                    vec!["graph.gexf"]
                }
                Format::Csv => {
                    write_atomic(&file("nodes.csv"), |w| csv::write_nodes(kg, &metrics, w))?;
                    write_atomic(&file("edges.csv"), |w| csv::write_edges(kg, w))?;
                    vec!["nodes.csv", "edges.csv"]
                }
                Format::Html => {
                    write_atomic(&file("graph.html"), |w| html::write(picture, &picture_metrics, &note, w))?;
                    vec!["graph.html"]
                }
                Format::All => Vec::new(),
            };
            timing(&format!("{format:?}"), format_started);
            Ok(names)
        })
        .collect();
    let mut written = Vec::new();
    for names in results {
        written.extend(names?);
    }
    timing("outputs", outputs_started);
    if !quiet {
        if !note.is_empty() && formats.iter().any(|f| matches!(f, Format::Svg | Format::Png | Format::Html)) {
            eprintln!("kgraph: note: pictures are {note}");
        }
        summary(kg, dir, &written, started);
    }
    Ok(())
}

fn summary(kg: &KnowledgeGraph, dir: &Path, written: &[&str], started: Instant) {
    let mut by_type = [0usize; 5];
    for n in kg.graph.node_weights() {
        by_type[EntityType::ALL.iter().position(|t| *t == n.key.kind).unwrap_or(0)] += 1;
    }
    let types: Vec<String> = EntityType::ALL.iter().zip(by_type).map(|(t, n)| format!("{n} {t}")).collect();
    let cooccurs = kg.graph.edge_weights().filter(|e| e.cooccurs()).count();
    let located_in = kg.graph.edge_count() - cooccurs;
    let located_in = if located_in > 0 { format!(" and {located_in} located_in") } else { String::new() };
    eprintln!(
        "kgraph: {} documents, {} entities ({}), {} edges{}, {:.2}s -> {} [{}]",
        kg.documents,
        kg.graph.node_count(),
        types.join(", "),
        cooccurs,
        located_in,
        started.elapsed().as_secs_f64(),
        dir.display(),
        written.join(", ")
    );
}
