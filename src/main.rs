//! The `legb` command line: a thin shell over the library.

use std::cell::RefCell;
use std::fs;
use std::io::{self, BufRead, Read, Write};
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::rc::Rc;
use std::time::{Duration, Instant};

use clap::{Args, Parser, Subcommand};
use legb::ast::{dump::dump, Module};
use legb::error::{decode_source, reject_nul, without_bom};
use legb::parse_module;

// The interpreter allocates many small objects; mimalloc is markedly faster at that than
// the system allocator. Only the binary chooses it: embedders keep their own.
#[global_allocator]
static GLOBAL: MiMalloc = MiMalloc;

/// mimalloc, asked for plain blocks when their alignment (a word) is enough.
///
/// `mimalloc::MiMalloc` always takes mimalloc's aligned entry point, which falls back to
/// over-allocating from a larger size class whenever the page of a size that is not a power
/// of two has run out: most of an interpreter's objects then cost several times a plain
/// allocation.
struct MiMalloc;

/// The alignment every mimalloc block has.
const WORD: usize = std::mem::size_of::<usize>();

unsafe impl std::alloc::GlobalAlloc for MiMalloc {
    #[inline]
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        if layout.align() <= WORD {
            return libmimalloc_sys::mi_malloc(layout.size()).cast();
        }
        mimalloc::MiMalloc.alloc(layout)
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        if layout.align() <= WORD {
            return libmimalloc_sys::mi_zalloc(layout.size()).cast();
        }
        mimalloc::MiMalloc.alloc_zeroed(layout)
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: std::alloc::Layout) {
        mimalloc::MiMalloc.dealloc(ptr, layout)
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, size: usize) -> *mut u8 {
        if layout.align() <= WORD {
            return libmimalloc_sys::mi_realloc(ptr.cast(), size).cast();
        }
        mimalloc::MiMalloc.realloc(ptr, layout, size)
    }
}

/// An interpreter for a subset of Python that shows which scope resolved every name.
#[derive(Parser)]
#[command(name = "legb", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// The subcommands.
#[derive(Subcommand)]
enum Command {
    /// Print the syntax tree of FILE as CPython's `ast.dump(ast.parse(src))` does.
    Ast(AstArgs),
    /// Check "predict the output" answers, and explain a wrong one from the trace.
    Check(CheckArgs),
    /// Run a program as `python3 FILE` would: same output, errors and exit status.
    Run(RunArgs),
    /// Show the scope of every name in FILE, as CPython's symbol table decides it.
    Scopes(ScopesArgs),
    /// Run a program and show, step by step, which scope resolved every name.
    Trace(TraceArgs),
}

/// Arguments of `legb trace`.
#[derive(Args)]
struct TraceArgs {
    #[command(flatten)]
    program: RunArgs,
    /// `text` for people; `jsonl` for one JSON event per line (docs/trace-format.md).
    #[arg(long, value_enum, default_value = "text")]
    format: TraceFormat,
    /// Colour the text trace: `auto` when writing to a terminal and NO_COLOR is unset.
    #[arg(long, value_enum, default_value = "auto")]
    color: ColorWhen,
    /// Longest value shown in the text trace, in characters (0: no limit).
    #[arg(long, default_value_t = 40)]
    width: usize,
    /// Only events about these names, e.g. `x,count`.
    #[arg(long, value_name = "NAMES", value_parser = parse_names)]
    names: Option<Names>,
    /// Only name events answered by these scopes, e.g. `E,G` (L, E, G, B, C).
    #[arg(long, value_name = "SCOPES", value_parser = legb::trace::filter::parse_scopes)]
    scopes: Option<legb::trace::filter::ScopeSet>,
    /// Only these source lines, e.g. `10-20` or `3,7-9`.
    #[arg(long, value_name = "LINES", value_parser = parse_lines)]
    lines: Option<Lines>,
    /// Only frames at most this deep in calls (the module is depth 0).
    #[arg(long, value_name = "N", value_parser = legb::trace::filter::parse_depth)]
    depth: Option<u32>,
    /// Also show loads of builtins such as `print` and `len`.
    #[arg(long)]
    builtins: bool,
    /// Hide attribute reads and writes (`get`/`set`/`delete` of `obj.name`).
    #[arg(long)]
    no_attrs: bool,
    /// Stop after this many executed statements, keeping the trace so far.
    #[arg(long, value_name = "N", default_value_t = 10_000)]
    max_steps: u64,
}

/// The renderings of `legb trace`.
#[derive(Clone, Copy, clap::ValueEnum)]
enum TraceFormat {
    Text,
    Jsonl,
}

/// When to colour output.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum ColorWhen {
    Auto,
    Always,
    Never,
}

/// `--names`, wrapped so that clap takes it as one value.
#[derive(Clone)]
struct Names(std::collections::BTreeSet<String>);

/// `--lines`, wrapped so that clap takes it as one value.
#[derive(Clone)]
struct Lines(Vec<std::ops::RangeInclusive<u32>>);

fn parse_names(text: &str) -> Result<Names, String> {
    legb::trace::filter::parse_names(text).map(Names)
}

fn parse_lines(text: &str) -> Result<Lines, String> {
    legb::trace::filter::parse_lines(text).map(Lines)
}

/// Arguments of `legb check`.
#[derive(Args)]
struct CheckArgs {
    /// A snippet (.py), a Markdown quiz (.md), or a directory of them.
    path: PathBuf,
    /// The snippet's expected output, from FILE (`-`: standard input).
    #[arg(long, value_name = "FILE", conflicts_with = "expect_text")]
    expect: Option<PathBuf>,
    /// The snippet's expected output, given here.
    #[arg(long, value_name = "TEXT")]
    expect_text: Option<String>,
    /// `text` for people; `json` for tools and CI.
    #[arg(long, value_enum, default_value = "text")]
    format: CheckFormat,
    /// Write the actual output back as the expected answer of every failing question.
    #[arg(long)]
    bless: bool,
    /// Stop a question's program after this many executed statements.
    #[arg(long, value_name = "N", default_value_t = 1_000_000)]
    max_steps: u64,
    /// How many questions to check at once (default: one per core).
    #[arg(long, short = 'j', value_name = "N", default_value_t = 0)]
    jobs: usize,
}

/// The renderings of `legb check`.
#[derive(Clone, Copy, clap::ValueEnum)]
enum CheckFormat {
    Text,
    Json,
}

/// Arguments of `legb scopes`.
#[derive(Args)]
struct ScopesArgs {
    /// `text` for people; `json` for one line per scope, as `symtable` reports it.
    #[arg(long, value_enum, default_value = "text")]
    format: ScopesFormat,
    /// The Python file to read; `-` reads standard input.
    file: PathBuf,
}

/// The renderings of `legb scopes`.
#[derive(Clone, Copy, clap::ValueEnum)]
enum ScopesFormat {
    Text,
    Json,
}

/// Arguments of `legb run`.
#[derive(Args)]
struct RunArgs {
    /// Program passed in as a string (like `python3 -c`).
    #[arg(short = 'c', value_name = "CODE", conflicts_with = "file")]
    code: Option<String>,
    /// The Python file to run; `-` reads the program from standard input.
    #[arg(required_unless_present = "code")]
    file: Option<PathBuf>,
}

/// Arguments of `legb ast`.
#[derive(Args)]
struct AstArgs {
    /// Include positions, as `ast.dump(..., include_attributes=True)`.
    #[arg(long)]
    positions: bool,
    /// The Python file to parse; `-` reads standard input.
    #[arg(required_unless_present = "batch", conflicts_with = "batch")]
    file: Option<PathBuf>,
    /// Parse every file named in LIST (one path per line) in this one process, writing
    /// `N.ast` or `N.err` for the N-th (0-based) into --out-dir and timings to stdout.
    #[arg(long, value_name = "LIST", hide = true, requires = "out_dir")]
    batch: Option<PathBuf>,
    /// Where --batch writes its results.
    #[arg(long, value_name = "DIR", hide = true)]
    out_dir: Option<PathBuf>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // Deeply nested sources recurse deeply in the dumper; give it room.
    let worker = std::thread::Builder::new()
        .stack_size(512 << 20)
        .spawn(move || run(cli));
    match worker.map(|w| w.join()) {
        Ok(Ok(code)) => code,
        _ => ExitCode::from(101),
    }
}

fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Command::Ast(args) => match (&args.batch, &args.out_dir, &args.file) {
            (Some(list), Some(dir), _) => ast_batch(list, dir, args.positions),
            (_, _, Some(file)) => ast_one(file, args.positions),
            _ => ExitCode::from(2),
        },
        Command::Check(args) => check_quiz(&args),
        Command::Run(args) => run_program(&args),
        Command::Scopes(args) => scopes_one(&args),
        Command::Trace(args) => trace_program(&args),
    }
}

/// `legb check`: the report on stdout; exit 0 when every answer is right, 1 when one is
/// wrong, 2 when the input cannot be checked.
fn check_quiz(args: &CheckArgs) -> ExitCode {
    let expect = match (&args.expect, &args.expect_text) {
        (Some(path), _) if path.as_os_str() == "-" => {
            let mut text = String::new();
            if let Err(err) = io::stdin().read_to_string(&mut text) {
                eprintln!("legb: can't read the expected output from stdin: {err}");
                return ExitCode::from(2);
            }
            legb::check::Expect::Text(text)
        }
        (Some(path), _) => legb::check::Expect::File(path.clone()),
        (None, Some(text)) => legb::check::Expect::Text(text.clone()),
        (None, None) => legb::check::Expect::Inside,
    };
    let options = legb::check::Options {
        expect,
        format: match args.format {
            CheckFormat::Text => legb::check::Format::Text,
            CheckFormat::Json => legb::check::Format::Json,
        },
        bless: args.bless,
        limits: legb::Limits {
            max_steps: Some(args.max_steps),
            ..legb::Limits::default()
        },
        jobs: args.jobs,
    };
    let bar = progress_bar(args.path.is_dir());
    let progress = |done: usize, total: usize| {
        bar.set_length(total as u64);
        bar.set_position(done as u64);
    };
    let result = legb::check::check(&args.path, &options, &progress);
    bar.finish_and_clear();
    match result {
        Ok(report) => {
            let _ = io::stdout().lock().write_all(report.text.as_bytes());
            ExitCode::from(report.status)
        }
        Err(message) => {
            eprintln!("legb: {message}");
            ExitCode::from(2)
        }
    }
}

/// A progress bar on stderr while a directory is checked, only when stderr is a terminal
/// (indicatif draws, redraws at a bounded rate and clears it; piped output gets none).
fn progress_bar(directory: bool) -> indicatif::ProgressBar {
    use std::io::IsTerminal;
    if !directory || !io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let style = indicatif::ProgressStyle::with_template("checking {bar:40} {pos}/{len} questions")
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar());
    indicatif::ProgressBar::new(0).with_style(style)
}

/// `legb run`: the program's output on stdout, its traceback on stderr.
fn run_program(args: &RunArgs) -> ExitCode {
    let (name, text) = match load_program(args) {
        Ok(program) => program,
        Err(code) => return code,
    };
    let stdout = Rc::new(RefCell::new(io::BufWriter::new(io::stdout())));
    let sink = stdout.clone();
    let flush_before_input = stdout.clone();
    let input = move || {
        let _ = flush_before_input.borrow_mut().flush();
        let mut line = String::new();
        match io::stdin().lock().read_line(&mut line) {
            Ok(0) | Err(_) => None,
            Ok(_) => Some(line),
        }
    };
    let output = move |s: &str| {
        let _ = sink.borrow_mut().write_all(s.as_bytes());
    };
    let outcome = legb::run_with_input(&text, &name, output, input, legb::Limits::default());
    let _ = stdout.borrow_mut().flush();
    eprint!("{}", outcome.stderr);
    exit_code(outcome.status)
}

/// `legb trace`: the trace on stdout (program output inside it), the traceback on stderr.
fn trace_program(args: &TraceArgs) -> ExitCode {
    let (name, text) = match load_program(&args.program) {
        Ok(program) => program,
        Err(code) => return code,
    };
    // Tracebacks name the script by its absolute path, as CPython does; the trace's title
    // names it as the user typed it.
    let title = match &args.program.file {
        Some(file) if file.as_os_str() != "-" => file.display().to_string(),
        _ => name.clone(),
    };
    let filter = legb::trace::Filter {
        names: args.names.clone().map(|n| n.0),
        scopes: args.scopes,
        lines: args.lines.clone().map(|l| l.0),
        max_depth: args.depth,
        show_builtins: args.builtins,
        hide_attrs: args.no_attrs,
    };
    let limits = legb::Limits {
        max_steps: Some(args.max_steps),
        ..legb::Limits::default()
    };
    let stdout = io::BufWriter::new(io::stdout());
    let input = || {
        let mut line = String::new();
        match io::stdin().lock().read_line(&mut line) {
            Ok(0) | Err(_) => None,
            Ok(_) => Some(line),
        }
    };
    let outcome = match args.format {
        // The JSON is written on a thread of its own when one can be started.
        TraceFormat::Jsonl => match legb::trace::BackgroundJsonl::new(stdout, &title) {
            Ok(renderer) => traced(&text, &name, input, limits, filter, renderer),
            Err(_) => {
                let stdout = io::BufWriter::new(io::stdout());
                let renderer = legb::trace::JsonlRenderer::new(stdout, &title);
                traced(&text, &name, input, limits, filter, renderer)
            }
        },
        TraceFormat::Text => {
            let color = match args.color {
                ColorWhen::Always => true,
                ColorWhen::Never => false,
                ColorWhen::Auto => {
                    anstream::AutoStream::choice(&io::stdout()) != anstream::ColorChoice::Never
                }
            };
            let options = legb::trace::TextOptions {
                color,
                width: args.width,
                ..legb::trace::TextOptions::default()
            };
            let renderer = legb::trace::TextRenderer::new(stdout, &text, &title, options);
            traced(&text, &name, input, limits, filter, renderer)
        }
    };
    eprint!("{}", outcome.stderr);
    exit_code(outcome.status)
}

/// Runs the program with `renderer` (behind `filter`) receiving its trace; the renderer
/// writes out what it still holds when the run drops it.
fn traced<R: legb::trace::Tracer + 'static>(
    text: &str,
    name: &str,
    input: impl FnMut() -> Option<String> + 'static,
    limits: legb::Limits,
    filter: legb::trace::Filter,
    renderer: R,
) -> legb::Outcome {
    let tracer = legb::trace::Filtered::new(filter, renderer);
    legb::run_traced(text, name, |_| {}, input, limits, tracer)
}

/// The program's display name and decoded text, or the exit code after reporting why not.
fn load_program(args: &RunArgs) -> Result<(String, String), ExitCode> {
    if let Some(code) = &args.code {
        return Ok(("<string>".to_owned(), code.clone()));
    }
    let file = args.file.as_deref().unwrap_or(Path::new("-"));
    let (name, bytes) = read_input(file).map_err(|err| {
        eprintln!(
            "legb: can't open file '{}': [Errno {}] {}",
            display_name(file),
            err.raw_os_error().unwrap_or(0),
            os_error_text(&err)
        );
        ExitCode::from(2)
    })?;
    let text = decode_source(&bytes, &name).map_err(|err| {
        eprint!("{}", err.render(&name, &String::from_utf8_lossy(&bytes)));
        ExitCode::FAILURE
    })?;
    if let Err(err) = reject_nul(&text) {
        eprint!("{}", err.render(&name, &text));
        return Err(ExitCode::FAILURE);
    }
    Ok((name, without_bom(&text).to_owned()))
}

/// The strerror text CPython prints for an unopenable script.
fn os_error_text(err: &io::Error) -> String {
    match err.kind() {
        io::ErrorKind::NotFound => "No such file or directory".to_owned(),
        io::ErrorKind::PermissionDenied => "Permission denied".to_owned(),
        _ => err.to_string(),
    }
}

/// `legb ast FILE`: the dump on stdout, or CPython's syntax error report on stderr.
fn ast_one(file: &Path, positions: bool) -> ExitCode {
    let (name, bytes) = match read_input(file) {
        Ok(input) => input,
        Err(err) => {
            eprintln!("legb: can't open file '{}': {err}", file.display());
            return ExitCode::from(2);
        }
    };
    match parse_file(&bytes, &name) {
        Ok(module) => {
            let mut text = dump(&module, positions);
            text.push('\n');
            // A closed pipe is the reader's choice, not an error worth reporting.
            let _ = io::stdout().lock().write_all(text.as_bytes());
            ExitCode::SUCCESS
        }
        Err(report) => {
            eprint!("{report}");
            ExitCode::FAILURE
        }
    }
}

/// `legb scopes FILE`: the resolver's decisions on stdout, or the error CPython would
/// report (syntax or compile-time) on stderr.
fn scopes_one(args: &ScopesArgs) -> ExitCode {
    let (name, bytes) = match read_input(&args.file) {
        Ok(input) => input,
        Err(err) => {
            eprintln!("legb: can't open file '{}': {err}", args.file.display());
            return ExitCode::from(2);
        }
    };
    let mut module = match parse_file(&bytes, &name) {
        Ok(module) => module,
        Err(report) => {
            eprint!("{report}");
            return ExitCode::FAILURE;
        }
    };
    match legb::resolve::resolve(&mut module) {
        Ok(scopes) => {
            let text = match args.format {
                ScopesFormat::Text => legb::resolve::report::text(&scopes),
                ScopesFormat::Json => legb::resolve::report::json_lines(&scopes),
            };
            let _ = io::stdout().lock().write_all(text.as_bytes());
            ExitCode::SUCCESS
        }
        Err(err) => {
            let source = decode_source(&bytes, &name).unwrap_or_default();
            eprint!("{}", err.render(&name, &source));
            ExitCode::FAILURE
        }
    }
}

/// The name CPython shows for the input, and its bytes.
fn read_input(file: &Path) -> io::Result<(String, Vec<u8>)> {
    if file.as_os_str() == "-" {
        let mut bytes = Vec::new();
        io::stdin().lock().read_to_end(&mut bytes)?;
        return Ok(("<stdin>".to_owned(), bytes));
    }
    let bytes = fs::read(file)?;
    Ok((display_name(file), bytes))
}

/// CPython makes a relative script path absolute by plain concatenation with the working
/// directory (no normalisation: `python3 ../a.py` shows `/cwd/../a.py`).
fn display_name(file: &Path) -> String {
    let shown = file.display().to_string();
    if file.is_absolute() {
        return shown;
    }
    match std::env::current_dir() {
        Ok(cwd) => format!("{}/{shown}", cwd.display()),
        Err(_) => shown,
    }
}

/// Decodes and parses a file's bytes as `python3 FILE` would; on failure, the report
/// CPython would print.
fn parse_file(bytes: &[u8], name: &str) -> Result<Module, String> {
    let text = match decode_source(bytes, name) {
        Ok(text) => text,
        Err(err) => return Err(err.render(name, &String::from_utf8_lossy(bytes))),
    };
    reject_nul(&text)
        .and_then(|()| parse_module(without_bom(&text)))
        .map_err(|err| err.render(name, &text))
}

/// `legb ast --batch LIST --out-dir DIR`: every listed file in one process, timed.
fn ast_batch(list: &Path, dir: &Path, positions: bool) -> ExitCode {
    let listing = match fs::read_to_string(list) {
        Ok(listing) => listing,
        Err(err) => {
            eprintln!("legb: can't read '{}': {err}", list.display());
            return ExitCode::from(2);
        }
    };
    let mut timing = Timing::default();
    for (i, file) in listing.lines().filter(|l| !l.is_empty()).enumerate() {
        let (ext, text) = batch_one(Path::new(file), positions, &mut timing);
        if let Err(err) = fs::write(dir.join(format!("{i}.{ext}")), text) {
            eprintln!("legb: can't write to '{}': {err}", dir.display());
            return ExitCode::from(2);
        }
    }
    println!(
        "files={} read={:.3} parse={:.3} dump={:.3}",
        timing.files,
        timing.read.as_secs_f64(),
        timing.parse.as_secs_f64(),
        timing.dump.as_secs_f64()
    );
    ExitCode::SUCCESS
}

/// Time spent in each phase over a batch.
#[derive(Default)]
struct Timing {
    files: usize,
    read: Duration,
    parse: Duration,
    dump: Duration,
}

/// One file of a batch: `("ast", dump)` or `("err", report)`; a panic is reported, not fatal.
fn batch_one(file: &Path, positions: bool, timing: &mut Timing) -> (&'static str, String) {
    timing.files += 1;
    let start = Instant::now();
    let read = read_input(file);
    timing.read += start.elapsed();
    let (name, bytes) = match read {
        Ok(input) => input,
        Err(err) => return ("err", format!("legb: can't open file: {err}\n")),
    };
    let start = Instant::now();
    let parsed = panic::catch_unwind(AssertUnwindSafe(|| parse_file(&bytes, &name)));
    timing.parse += start.elapsed();
    match parsed {
        Ok(Ok(module)) => {
            let start = Instant::now();
            let text = dump(&module, positions);
            timing.dump += start.elapsed();
            ("ast", text)
        }
        Ok(Err(report)) => ("err", report),
        Err(_) => ("err", "legb panicked\n".to_owned()),
    }
}

/// The process exit code for a run's status: a status of -N (killed by signal N, as after
/// an uncaught KeyboardInterrupt) becomes 128 + N, what a shell shows for CPython.
fn exit_code(status: i32) -> ExitCode {
    let code = if status < 0 { 128 - status } else { status };
    ExitCode::from(code.clamp(0, 255) as u8)
}
