//! The `hercert` command line: parses flags into a run configuration and
//! hands it to the library. Exit codes: 0 the run completed (whatever the
//! findings, unless `--fail-on`), 1 `--fail-on` tripped or `extract` could
//! not read the file, 2 the run could not be done (bad flags, unreadable
//! cohort, reports not writable, a `--state` path that is not hercert's).

use anyhow::{Context, Result};
use clap::{Parser, Subcommand, ValueEnum};
use hercert::commands::audit::{AuditConfig, FailOn};
use hercert::extract::FileLimits;
use hercert::model::Lang;
use hercert::report::table::CsvDialect;
use hercert::report::ReportOptions;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

#[derive(Parser)]
#[command(
    name = "hercert",
    version,
    about = "Audits recertification dossiers of Dutch re-integration professionals"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Audit every dossier of a cohort and write the CSV reports.
    Audit(AuditArgs),
    /// Show what hercert reads from one file.
    Extract(ExtractArgs),
    /// Re-check past decisions under the scheme version in force then.
    Review(ReviewArgs),
    /// Combine the report sets of `audit --shard` runs into one.
    Merge(MergeArgs),
    /// Management statistics and a dashboard over report sets and the run history.
    Stats(StatsArgs),
    /// What a finding code means: the rule, its severity and what the candidate can do.
    Explain(ExplainArgs),
}

#[derive(clap::Args)]
struct ExplainArgs {
    /// A finding code, e.g. PE-NO-PROOF (any case).
    code: String,
    /// Language of the explanation.
    #[arg(long, value_enum, default_value_t = LangArg::Nl)]
    lang: LangArg,
}

#[derive(clap::Args)]
struct StatsArgs {
    /// Report folders written by `hercert audit` (one per cohort).
    #[arg(required = true)]
    dirs: Vec<PathBuf>,
    /// Where stats.csv and dashboard.html go; replaced as a whole set on every run.
    #[arg(long)]
    out: PathBuf,
    /// The state file whose run history adds per-run figures and the trend
    /// (default: audit's default state file, when it exists).
    #[arg(long, conflicts_with = "no_state")]
    state: Option<PathBuf>,
    /// Leave the run history out.
    #[arg(long)]
    no_state: bool,
    #[arg(long, value_enum, default_value_t = DialectArg::Standard)]
    csv_dialect: DialectArg,
    /// No summary line (warnings are still printed).
    #[arg(long, short)]
    quiet: bool,
}

#[derive(clap::Args)]
struct MergeArgs {
    /// The shards' report folders.
    #[arg(required = true)]
    shards: Vec<PathBuf>,
    #[arg(long)]
    out: PathBuf,
    /// The scheme the shards were audited with.
    #[arg(long, default_value = "rib")]
    scheme: String,
    /// Merge even when shards of the set are missing (a warning names them).
    #[arg(long)]
    allow_partial: bool,
    #[command(flatten)]
    output: OutputFlags,
}

#[derive(clap::Args)]
struct ReviewArgs {
    /// The cohort folder the decisions were taken on.
    cohort: PathBuf,
    /// candidate_id,decision,decision_date,assessor (CSV or a workbook).
    #[arg(long)]
    decisions: PathBuf,
    #[arg(long)]
    out: PathBuf,
    /// rib, rccm, crov, or the path of a scheme file.
    #[arg(long, default_value = "rib")]
    scheme: String,
    /// Another version of a scheme (its effective_from decides when it is
    /// in force); may be repeated.
    #[arg(long = "scheme-version")]
    scheme_versions: Vec<PathBuf>,
    #[arg(long, default_value_t = 0)]
    jobs: usize,
    #[command(flatten)]
    output: OutputFlags,
}

#[derive(clap::Args)]
struct ExtractArgs {
    file: PathBuf,
    /// Also print format, form fields, signature, OCR and language as JSON.
    #[arg(long)]
    json: bool,
    /// Do not OCR pages without text.
    #[arg(long)]
    no_ocr: bool,
    /// Print BSNs in full (by default they are masked, as in the reports).
    #[arg(long)]
    unmasked: bool,
}

#[derive(clap::Args)]
struct AuditArgs {
    /// The cohort folder: one sub-folder per candidate, optional cohort.csv.
    cohort: PathBuf,
    /// Where the reports go; replaced as a whole set on every run.
    #[arg(long)]
    out: PathBuf,
    /// Application date for candidates cohort.csv does not date (YYYY-MM-DD; default today).
    #[arg(long)]
    as_of: Option<String>,
    /// rib, rccm, crov, or the path of a scheme file.
    #[arg(long, default_value = "rib")]
    scheme: String,
    /// Files read at once (default: one per core).
    #[arg(long, default_value_t = 0)]
    jobs: usize,
    /// Seconds one file may take before it is reported as unreadable.
    #[arg(long, default_value_t = 60)]
    file_timeout: u64,
    /// Files larger than this many MiB are reported, not read.
    #[arg(long, default_value_t = 256)]
    max_file_size: u64,
    /// Do not OCR scans and images (they become DOC-ILLEGIBLE).
    #[arg(long)]
    no_ocr: bool,
    /// The state file: cache of what was read and assessed, and the run
    /// history (default: $XDG_STATE_HOME/hercert/state.sqlite or
    /// ~/.local/state/hercert/state.sqlite).
    #[arg(long, conflicts_with = "no_state")]
    state: Option<PathBuf>,
    /// Run without the state file: no cache, no history.
    #[arg(long)]
    no_state: bool,
    /// Only the candidates of shard K of N (e.g. 2/4); `hercert merge`
    /// combines the shards' report sets.
    #[arg(long, value_parser = parse_shard)]
    shard: Option<(usize, usize)>,
    /// Pages OCR'd per document at most (a long scan is read in part).
    #[arg(long, default_value_t = 30)]
    ocr_max_pages: usize,
    /// Write only the CSV files, not the pages in html/.
    #[arg(long)]
    no_html: bool,
    /// Exit 1 when a dossier needs action: `reject` (any afwijzing) or
    /// `supplement` (any afwijzing or aanvulling); for cron.
    #[arg(long, value_enum)]
    fail_on: Option<FailOnArg>,
    #[command(flatten)]
    output: OutputFlags,
}

#[derive(Clone, Copy, ValueEnum)]
enum FailOnArg {
    Reject,
    Supplement,
}

/// How reports are written and whether progress is shown: the same for
/// every subcommand that writes reports.
#[derive(clap::Args)]
struct OutputFlags {
    /// The CSV flavour: standard, or excel-nl (`;`, decimal comma, BOM).
    #[arg(long, value_enum, default_value_t = DialectArg::Standard)]
    csv_dialect: DialectArg,
    /// Language of report messages.
    #[arg(long, value_enum, default_value_t = LangArg::Nl)]
    lang: LangArg,
    /// No progress bar and no summary line.
    #[arg(long, short)]
    quiet: bool,
}

impl OutputFlags {
    fn report(&self) -> ReportOptions {
        report_options(self.csv_dialect, self.lang)
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum DialectArg {
    Standard,
    ExcelNl,
}

#[derive(Clone, Copy, ValueEnum)]
enum LangArg {
    Nl,
    En,
}

/// `--jobs` above this many per core only slows a run down (each reader
/// holds a file in memory); more is refused as a mistake.
const MAX_JOBS_PER_CORE: usize = 4;

/// `--jobs` is 0 (one per core) or at most [`MAX_JOBS_PER_CORE`] per core.
fn check_jobs(jobs: usize) -> Result<()> {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    if jobs > cores * MAX_JOBS_PER_CORE {
        anyhow::bail!(
            "--jobs {jobs} is more than {MAX_JOBS_PER_CORE} per core ({cores} cores): at most {}",
            cores * MAX_JOBS_PER_CORE
        );
    }
    Ok(())
}

impl AuditArgs {
    /// Turns the flags into a validated run configuration.
    fn into_config(self) -> Result<AuditConfig> {
        check_jobs(self.jobs)?;
        if self.max_file_size == 0 {
            anyhow::bail!(
                "--max-file-size must be at least 1 (MiB); 0 would make every file unreadable"
            );
        }
        if self.file_timeout == 0 {
            anyhow::bail!("--file-timeout must be at least 1 (second)");
        }
        let as_of = match &self.as_of {
            Some(d) => d
                .parse()
                .with_context(|| format!("--as-of '{d}' is not a date (YYYY-MM-DD)"))?,
            None => jiff::Zoned::now().date(),
        };
        Ok(AuditConfig {
            cohort: self.cohort,
            out: self.out,
            as_of,
            scheme: self.scheme,
            jobs: self.jobs,
            report: self.output.report(),
            limits: FileLimits {
                max_bytes: self.max_file_size.saturating_mul(1024 * 1024),
                timeout: Duration::from_secs(self.file_timeout.max(1)),
                ocr: !self.no_ocr,
                ocr_max_pages: self.ocr_max_pages,
                ..FileLimits::default()
            },
            state: if self.no_state {
                None
            } else {
                self.state.or_else(hercert::state::default_path)
            },
            shard: self.shard,
            quiet: self.output.quiet,
            html: !self.no_html,
        })
    }
}

fn report_options(dialect: DialectArg, lang: LangArg) -> ReportOptions {
    ReportOptions {
        dialect: match dialect {
            DialectArg::Standard => CsvDialect::Standard,
            DialectArg::ExcelNl => CsvDialect::ExcelNl,
        },
        lang: match lang {
            LangArg::Nl => Lang::Nl,
            LangArg::En => Lang::En,
        },
    }
}

/// `K/N` with 1 ≤ K ≤ N.
fn parse_shard(s: &str) -> Result<(usize, usize), String> {
    let (k, n) = s.split_once('/').ok_or("expected K/N, e.g. 2/4")?;
    let k: usize = k
        .trim()
        .parse()
        .map_err(|_| format!("shard '{k}' is not a number"))?;
    let n: usize = n
        .trim()
        .parse()
        .map_err(|_| format!("shard count '{n}' is not a number"))?;
    if k == 0 || n == 0 || k > n {
        return Err(format!("shard {k}/{n}: need 1 <= K <= N"));
    }
    Ok((k, n))
}

/// What a command that completed asks of the exit code.
enum Done {
    Ok,
    /// Completed, but exit 1 (`--fail-on` tripped, `extract` unreadable).
    Fail,
}

fn run(cli: Cli) -> Result<Done> {
    match cli.command {
        Command::Audit(args) => {
            let fail_on = args.fail_on.map(|f| match f {
                FailOnArg::Reject => FailOn::Reject,
                FailOnArg::Supplement => FailOn::Supplement,
            });
            let quiet = args.output.quiet;
            let config = args.into_config()?;
            let summary = hercert::commands::audit::run(&config).context("audit failed")?;
            if summary.fails(fail_on) {
                hercert::ui::say(
                    quiet,
                    &format!(
                        "hercert: --fail-on: {} afwijzing, {} aanvulling",
                        summary.afwijzing, summary.aanvulling
                    ),
                );
                return Ok(Done::Fail);
            }
        }
        Command::Review(args) => {
            check_jobs(args.jobs)?;
            let config = hercert::commands::review::ReviewConfig {
                cohort: args.cohort,
                decisions: args.decisions,
                out: args.out,
                scheme: args.scheme,
                scheme_versions: args.scheme_versions,
                jobs: args.jobs,
                report: args.output.report(),
                limits: FileLimits::default(),
                quiet: args.output.quiet,
            };
            hercert::commands::review::run(&config).context("review failed")?;
        }
        Command::Merge(args) => {
            let config = hercert::commands::merge::MergeConfig {
                shards: args.shards,
                out: args.out,
                scheme: args.scheme,
                report: args.output.report(),
                quiet: args.output.quiet,
                allow_partial: args.allow_partial,
            };
            hercert::commands::merge::run(&config).context("merge failed")?;
        }
        Command::Stats(args) => {
            let config = hercert::stats::StatsConfig {
                report_sets: args.dirs,
                out: args.out,
                // An explicit --state that cannot be read is a warning; the
                // default file is only used when it is there.
                state: if args.no_state {
                    None
                } else {
                    args.state
                        .or_else(|| hercert::state::default_path().filter(|p| p.is_file()))
                },
                dialect: report_options(args.csv_dialect, LangArg::Nl).dialect,
                quiet: args.quiet,
            };
            hercert::commands::stats::run(&config).context("stats failed")?;
        }
        Command::Explain(args) => {
            let lang = report_options(DialectArg::Standard, args.lang).lang;
            print!("{}", hercert::commands::explain::run(&args.code, lang)?);
        }
        Command::Extract(args) => {
            let limits = FileLimits {
                ocr: !args.no_ocr,
                ..FileLimits::default()
            };
            let (out, error) =
                hercert::commands::extract::run(&args.file, args.json, &limits, !args.unmasked)?;
            print!("{out}");
            if args.json {
                println!();
            }
            if let Some(error) = error {
                let line = format!("hercert: {}: {error}", args.file.display());
                eprintln!(
                    "{}",
                    if args.unmasked {
                        line
                    } else {
                        hercert::text::bsn::mask_bsn(&line)
                    }
                );
                return Ok(Done::Fail);
            }
        }
    }
    Ok(Done::Ok)
}

fn main() -> ExitCode {
    // A child started to read one file under a memory ceiling.
    if std::env::args_os().nth(1).as_deref() == Some(hercert::extract::sandbox::CHILD_ARG.as_ref())
    {
        return ExitCode::from(hercert::extract::sandbox::child_main());
    }
    hercert::extract::sandbox::enable();
    let cli = Cli::parse();
    match run(cli) {
        Ok(Done::Ok) => ExitCode::SUCCESS,
        Ok(Done::Fail) => ExitCode::from(1),
        Err(err) => {
            eprintln!(
                "hercert: error: {}",
                hercert::text::bsn::mask_bsn(&format!("{err:#}"))
            );
            ExitCode::from(2)
        }
    }
}
