//! The `hercert` command line: parses flags into a run configuration and
//! hands it to the library. Exit codes: 0 the run completed (whatever the
//! findings), 2 the run could not be done (bad flags, unreadable cohort,
//! reports not writable).

use anyhow::{Context, Result};
use clap::{Parser, Subcommand, ValueEnum};
use hercert::commands::audit::AuditConfig;
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
    #[command(flatten)]
    output: OutputFlags,
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

impl AuditArgs {
    /// Turns the flags into a validated run configuration.
    fn into_config(self) -> Result<AuditConfig> {
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

fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Command::Audit(args) => {
            let config = args.into_config()?;
            hercert::commands::audit::run(&config).context("audit failed")?;
        }
        Command::Review(args) => {
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
            };
            hercert::commands::merge::run(&config).context("merge failed")?;
        }
        Command::Stats(args) => {
            let config = hercert::commands::stats::StatsConfig {
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
            let out = hercert::commands::extract::run(&args.file, args.json, &limits)?;
            print!("{out}");
            if args.json {
                println!();
            }
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("hercert: error: {err:#}");
            ExitCode::from(2)
        }
    }
}
