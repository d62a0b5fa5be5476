//! The `kgraph` command line: parses flags, runs the library, reports.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, Result, bail};
use clap::{Args, Parser, Subcommand, ValueEnum};
use kgraph::export::{dot, json, write_atomic};
use kgraph::extract::user::UserKnowledge;
use kgraph::{EntityType, Extractor, KnowledgeGraph, Partial, ReadOptions, Scope};

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
    /// Build the graph of the inputs and write graph.json, graph.dot (and graph.svg).
    Build(BuildArgs),
    /// Print the entities of each document as one JSON line.
    Extract(ExtractArgs),
}

/// Flags shared by every command that reads documents.
#[derive(Args, Debug)]
struct InputArgs {
    /// Files, folders (walked for .txt, .md, .jsonl) or - for stdin [default: seeds]
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

#[derive(Args, Debug)]
struct BuildArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Output folder.
    #[arg(short, long, default_value = "output", value_name = "DIR")]
    output: PathBuf,
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

#[derive(Args, Debug)]
struct ExtractArgs {
    #[command(flatten)]
    input: InputArgs,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum ScopeArg {
    Sentence,
    Paragraph,
    Document,
    Window,
}

fn main() -> ExitCode {
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
    let inputs = if input.inputs.is_empty() { vec![PathBuf::from("seeds")] } else { input.inputs.clone() };
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

fn build(args: &BuildArgs) -> Result<()> {
    let started = Instant::now();
    let p = prepare(&args.input)?;
    let scope = match args.scope {
        ScopeArg::Sentence => Scope::Sentence,
        ScopeArg::Paragraph => Scope::Paragraph,
        ScopeArg::Document => Scope::Document,
        ScopeArg::Window => Scope::Window(args.window.max(1)),
    };
    let cap = args.evidence;
    let mut total = Partial::default();
    kgraph::for_each_batch(&p.sources, &p.opts, args.input.strict, &mut warner(args.input.quiet), &mut |docs| {
        let partial = kgraph::link_batch(&p.extractor, &docs, scope, cap);
        total.merge(partial, cap);
    })?;
    let kg = KnowledgeGraph::from_partial(total, scope, cap);
    std::fs::create_dir_all(&args.output)
        .with_context(|| format!("cannot create output folder {}", args.output.display()))?;
    write_atomic(&args.output.join("graph.json"), |out| json::write(&kg, out))?;
    let dot_text = dot::to_string(&kg);
    write_atomic(&args.output.join("graph.dot"), |out| out.write_all(dot_text.as_bytes()))?;
    let mut written = vec!["graph.json", "graph.dot"];
    if dot::graphviz_installed() {
        let top;
        let shown = if kg.graph.node_count() > dot::PICTURE_NODES {
            if !args.input.quiet {
                eprintln!(
                    "kgraph: note: graph.svg shows the {} of {} entities with the highest weighted degree",
                    dot::PICTURE_NODES,
                    kg.graph.node_count()
                );
            }
            top = kg.top(dot::PICTURE_NODES, dot::PICTURE_EDGES);
            &top
        } else {
            &kg
        };
        let svg = dot::render(shown, graphviz_rust::cmd::Format::Svg)?;
        write_atomic(&args.output.join("graph.svg"), |out| out.write_all(&svg))?;
        written.push("graph.svg");
    } else if !args.input.quiet {
        eprintln!(
            "kgraph: note: Graphviz's dot is not installed, so no graph.svg (apt-get install graphviz, brew install graphviz)"
        );
    }
    if !args.input.quiet {
        let mut by_type = [0usize; 5];
        for n in kg.graph.node_weights() {
            by_type[EntityType::ALL.iter().position(|t| *t == n.key.kind).unwrap_or(0)] += 1;
        }
        let types: Vec<String> = EntityType::ALL.iter().zip(by_type).map(|(t, n)| format!("{n} {t}")).collect();
        eprintln!(
            "kgraph: {} documents, {} entities ({}), {} edges, {:.2}s -> {} [{}]",
            kg.documents,
            kg.graph.node_count(),
            types.join(", "),
            kg.graph.edge_count(),
            started.elapsed().as_secs_f64(),
            args.output.display(),
            written.join(", ")
        );
    }
    Ok(())
}

fn extract(args: &ExtractArgs) -> Result<()> {
    let p = prepare(&args.input)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failure: Option<std::io::Error> = None;
    kgraph::for_each_batch(&p.sources, &p.opts, args.input.strict, &mut warner(args.input.quiet), &mut |docs| {
        if failure.is_some() {
            return;
        }
        let results = kgraph::extract_batch(&p.extractor, &docs);
        for (doc, extraction) in docs.iter().zip(results) {
            let entities: Vec<serde_json::Value> = extraction
                .mentions
                .iter()
                .map(|m| serde_json::json!({"text": m.text, "type": m.kind, "start": m.start, "end": m.end, "name": m.name}))
                .collect();
            let line = serde_json::json!({"doc": doc.id, "entities": entities});
            if let Err(e) = writeln!(out, "{line}") {
                failure = Some(e);
                return;
            }
        }
    })?;
    if let Some(e) = failure {
        return Err(e).context("writing to stdout");
    }
    out.flush().context("writing to stdout")?;
    if false {
        bail!("unreachable");
    }
    Ok(())
}
