"""Command line: ``metrics extract PATH... --out DIR``.

Contract: every input file is processed on its own; a file that cannot be read or decoded,
or whose extraction raised, is reported on stderr with its name and the problem (for an
unexpected exception its type and one-line summary), listed in the summary and in the
``failures`` table; the others still run, and the exit status is 1 when any file failed
(2 for a usage error or an output folder that is not safe to write, 1 when the system
refuses a write: a read-only place, a full disk). What is not a regular file (a FIFO, a
device) is skipped with a warning. Ctrl-C (SIGINT), SIGTERM and SIGHUP (a closed terminal)
unwind the run as an error would: the workers are stopped, the staging folder and the lock
removed, nothing is published, and one line says so (exit status 130, 143 and 129, as a
shell reports a command its signal ended). Outputs are written atomically by
``tables.write_outputs``; exports by ``metrics.export``. Messages go through ``Console``
(above the progress bar; ``--quiet``: errors only).
"""

from __future__ import annotations

import gc
import os

# Arrow's default allocator (mimalloc) keeps the pages it freed on every thread that
# touched them: reading the written partitions back grew a 100 MB run by 125 MB that never
# came back; the C library's allocator returns them. The choice is read once, when
# pyarrow is first imported, so it is made here, before any module that imports it.
os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")

# Importing the stages below makes some 40,000 lasting containers and frees few: the cycle
# collector ran ~90 young and middle collections over them meanwhile and found nothing to
# free (0.01 s of a start's CPU). It is paused while they load (and left off if it was off).
_collecting = gc.isenabled()
gc.disable()
try:
    import argparse
    import signal
    import sys
    import tempfile
    import threading
    from collections import Counter
    from collections.abc import Iterator, Sequence
    from contextlib import AbstractContextManager, contextmanager, suppress
    from pathlib import Path

    from metrics.engine import DaskRun, RunPool, dask_run, run_files, run_files_dask, run_pool
    from metrics.errors import (
        InputError,
        MetricsError,
        OutputError,
        TablesError,
        WriteError,
        system_said,
    )
    from metrics.gc_pacing import fewer_collections
    from metrics.io import (
        INPUT_SUFFIXES,
        InputFile,
        display_name,
        images_instead,
        is_url,
        iter_inputs,
        settle,
        sources_of,
        utf8_name,
    )
    from metrics.packed import Packed, pack, run_packed
    from metrics.pipeline import FileResult, Task, read_failure
    from metrics.publish import current_id, older_tables, stale_exports
    from metrics.records import Failure
    from metrics.tables import (
        check_output_url,
        recompute_stats,
        save_stats,
        upload_outputs,
        write_outputs,
    )
finally:
    if _collecting:
        gc.enable()


class Console:
    """Messages on stderr, written through tqdm so a progress bar on the same terminal is
    redrawn below them instead of being broken in pieces. Errors always show; warnings
    unless ``quiet``; details of each file only when ``verbose``."""

    def __init__(self, quiet: bool = False, verbose: bool = False) -> None:
        self.quiet = quiet
        self.verbose = verbose and not quiet

    def _write(self, text: str) -> None:
        from tqdm import tqdm

        tqdm.write(text, file=sys.stderr)

    def error(self, message: str) -> None:
        self._write(f"metrics: error: {message}")

    def warning(self, message: str) -> None:
        if not self.quiet:
            self._write(f"metrics: warning: {message}")

    def detail(self, message: str) -> None:
        if self.verbose:
            self._write(f"metrics: {message}")


# What each exit status means, as every command's --help ends (and README says).
EXIT_STATUS = """exit status:
  0    done
  1    bad input: a file that could not be read or whose extraction failed (the other
       files' tables are written), no input file at all, a folder that holds no
       metrics output, tables that cannot be read, a write the system refused
       (read-only, disk full: the previous tables stay whole), a run that ran out of
       memory (nothing published)
  2    usage: a wrong option or argument, an output folder that is not safe to write
       (a file, another program's runs/, a run writing it now), a Dask cluster that
       runs other code or whose scheduler cannot be reached
  130  stopped by Ctrl-C (SIGINT); 143 by SIGTERM; 129 by SIGHUP: nothing published
"""


class HelpFormatter(argparse.HelpFormatter):
    """argparse's, but text laid out in lines (the exit statuses) is kept as written."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if "\n" in text:
            return "".join(indent + line for line in text.splitlines(keepends=True))
        return super()._fill_text(text, width, indent)


def build_parser() -> argparse.ArgumentParser:
    import metrics  # the package alone (its version), no stage

    parser = argparse.ArgumentParser(
        prog="metrics",
        description="Find every statistic in Chinese government work reports and write tidy "
        "tables that trace each figure to its exact place in the source file.",
        epilog=EXIT_STATUS,
        formatter_class=HelpFormatter,
    )
    parser.add_argument(
        "--version", action="version", version=f"metrics {metrics.__version__} (gov-report-metrics)"
    )
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser(
        "extract",
        epilog=EXIT_STATUS,
        formatter_class=HelpFormatter,
        help="extract documents, sections and figures from report files",
        description="Read report files (UTF-8, GB18030/GBK, Big5, UTF-16 or UTF-32; folders "
        "are searched for *.txt, web pages (*.html, *.htm, *.shtml, *.mhtml, *.mht), *.docx "
        "and *.pdf; "
        "*.doc, *.wps, *.odt, *.rtf and *.ofd are listed as failed, with what to do; "
        "spreadsheets, presentations and archives are named in a warning and skipped), and "
        "write documents.parquet, sections.parquet, the mentions/ dataset (partitioned by "
        "department and year), pairs.parquet, plan_vs_outcome.parquet, "
        "stats_groups.parquet, stats_metrics.parquet, targets.parquet, trends.parquet and "
        "failures.parquet into a new run of the output folder (columns: docs/schema.md).",
    )
    ex.add_argument(
        "paths",
        nargs="+",
        type=a_path,
        metavar="PATH",
        help="report files or folders holding *.txt, web pages, *.docx or *.pdf files; URLs "
        "of any fsspec file system (s3://bucket/reports, hdfs://…) are read through it",
    )
    ex.add_argument(
        "--out",
        required=True,
        type=a_path,
        metavar="DIR",
        help="output folder; created if missing, re-runs replace its tables. A URL "
        "(s3://bucket/out) is written locally first and uploaded when the run is done",
    )
    ex.add_argument(
        "--format",
        choices=("parquet", "csv"),
        default="parquet",
        help="csv also writes mentions.csv and every table as CSV in DIR/export/csv/ "
        "(UTF-8 with BOM, for Excel); default: parquet only",
    )
    talk = ex.add_mutually_exclusive_group()  # one or the other: README's [--quiet | -v]
    talk.add_argument(
        "--quiet",
        action="store_true",
        help="print nothing but errors (no warnings, no summary, no progress bar)",
    )
    talk.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="also print each file as it is done, with its figures and pairs",
    )
    ex.add_argument(
        "--jobs",
        type=positive_int,
        default=os.cpu_count() or 1,
        metavar="N",
        help="worker processes (default: all cores); the output is the same for any N",
    )
    ex.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="local processes, or a Dask cluster (pip install 'gov-report-metrics[dask]'); "
        "the output is the same",
    )
    ex.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="with --engine dask: the scheduler to use (tcp://host:8786); "
        "without it a local cluster of --jobs workers is started",
    )
    st = sub.add_parser(
        "stats",
        epilog=EXIT_STATUS,
        formatter_class=HelpFormatter,
        help="print the statistics of an output folder, recounted (and saved where stale)",
        description="Recount the statistics of DIR's current run from its mentions and "
        "documents and print figures, masked figures and masked share per government unit "
        "and year. Only additive figures of one role are summed; masked figures are "
        "counted, never summed; their mask widths bound the sums (sum_min..sum_max). "
        "stats_groups.parquet and stats_metrics.parquet are rewritten only where they "
        "differ from the recount (a run of an earlier version): a read-only DIR is read. "
        "Exit status 1 when a needed write is refused (after the printout).",
    )
    st.add_argument(
        "dir", type=local_folder, metavar="DIR", help="a folder written by metrics extract"
    )
    xp = sub.add_parser(
        "export",
        epilog=EXIT_STATUS,
        formatter_class=HelpFormatter,
        help="export every table of an output folder as CSV, Excel or single Parquet files",
        description="Write DIR/export/FORMAT/: one CSV per table (UTF-8 with BOM, for Excel), "
        "one Excel workbook (metrics.xlsx) with a README sheet and a sheet per table, or one "
        "Parquet file per table. Each format has its own folder; one export never removes "
        "another. Text that a spreadsheet would run as a formula is written inert.",
    )
    xp.add_argument(
        "dir", type=local_folder, metavar="DIR", help="a folder written by metrics extract"
    )
    xp.add_argument(
        "--format",
        choices=("csv", "xlsx", "parquet"),
        default="csv",
        help="export format (default: csv)",
    )
    xp.add_argument("--quiet", action="store_true", help="print nothing but errors")
    sp = sub.add_parser(
        "show-span",
        epilog=EXIT_STATUS,
        formatter_class=HelpFormatter,
        help="print a row's span as its source file holds it, checked against the row",
        description="Find row MENTION_ID of DIR's current run (mentions.mention_id) and "
        "print the file it came from, its line and characters, and the text there with "
        "its line around it («…»), after checking that the file still holds the row's "
        "text. A plain-text input is looked for where the run read it (the manifest "
        "records the folder given, made absolute); a web page, Word file or PDF in the "
        "text the run kept (texts/). Exit status 1 when the row, the file or its text is "
        "not found as the run left it.",
    )
    # (text, not Path: a URL's `//` would be made `/`, and memory://out read as memory:/out)
    sp.add_argument(
        "dir", type=a_path, metavar="DIR", help="a folder written by metrics extract, or its URL"
    )
    sp.add_argument("mention_id", metavar="MENTION_ID", help="a row's mention_id")
    sp.add_argument(
        "--inputs",
        type=a_path,
        metavar="FOLDER",
        help="where the folder given to extract is now, when it was moved (looked in "
        "first); a URL (s3://…) for inputs read from remote storage",
    )
    return parser


def positive_int(text: str) -> int:
    """A count of at least 1, for argparse (which turns the error into a usage error)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return value


class Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP, raised where the run stands, so that it unwinds as on Ctrl-C:
    every ``finally`` runs (staging folder, lock, workers), which the default action (the
    process ends at once) skips. ``signum``: the signal that came."""

    def __init__(self, signum: int = signal.SIGTERM) -> None:
        super().__init__(signum)
        self.signum = signum


# Signals that unwind a run: a service manager's or ``kill``'s SIGTERM, and the SIGHUP of
# a closed terminal (or an ended SSH session), whose default action would end the process
# at once and leave the staging folder and the lock behind.
UNWINDING = (signal.SIGTERM, signal.SIGHUP)


def _raise_terminated(signum: int, frame: object) -> None:
    raise Terminated(signum)


@contextmanager
def sigterm_unwinds() -> Iterator[None]:
    """Turn SIGTERM and SIGHUP into ``Terminated`` while the block runs (from the main
    thread only, where Python runs signal handlers)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {signum: signal.signal(signum, _raise_terminated) for signum in UNWINDING}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def interrupted(exc: KeyboardInterrupt, what: str) -> int:
    """Say in one line that the command was stopped, and what it left; the exit status a
    shell gives a command ended by that signal."""
    signum = exc.signum if isinstance(exc, Terminated) else signal.SIGINT
    name = signal.Signals(signum).name
    with suppress(OSError):  # the terminal that hung up is gone: no one reads the line
        print(f"metrics: error: interrupted ({name}); {what}", file=sys.stderr)
    return 128 + signum


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "scheduler", None) and args.engine != "dask":  # would be ignored
        parser.error("--scheduler needs --engine dask (the local engine starts no cluster)")
    with sigterm_unwinds():
        try:
            return _run(args)
        except KeyboardInterrupt as exc:  # before the command's own outputs were begun
            return interrupted(exc, "nothing was written")


def _run(args: argparse.Namespace) -> int:
    try:
        if args.command == "extract":
            return extract_command(
                args.paths,
                args.out,
                args.format == "csv",
                Console(args.quiet, args.verbose),
                args.jobs,
                engine=args.engine,
                scheduler=args.scheduler,
            )
        if args.command == "stats":
            return stats_command(utf8_place(args.dir))
        if args.command == "show-span":
            return show_span(utf8_place(args.dir), args.mention_id, args.inputs)
        if args.command == "export":
            from metrics.export import export_tables

            written = export_tables(utf8_place(args.dir), args.format)
            if not args.quiet:
                print(f"exported {len(written)} file(s) to {args.dir / 'export' / args.format}")
            return 0
    except (WriteError, TablesError) as exc:  # a run's outputs that cannot be written or read
        print(f"metrics: error: {exc}", file=sys.stderr)
        return 1
    except MetricsError as exc:
        print(f"metrics: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # the reader went away (`| head`): stop as a Unix tool does
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no flush error
        return 1
    return 2  # pragma: no cover - argparse rejects unknown commands


def show_span(directory: str | Path, mention_id: str, inputs: str | Path | None) -> int:
    """Print row ``mention_id``'s span as its file holds it (``metrics.api.span``)."""
    from metrics.api import span

    found = span(directory, mention_id, inputs)
    print(
        f"{found.mention_id}: {display_name(str(found.file))}, line {found.line}, "
        f"characters {found.char_start}-{found.char_end}"
    )
    print(f"  {found.before}«{found.text}»{found.after}")
    return 0


def stats_command(directory: Path) -> int:
    """Print the statistics of ``directory``'s current run, recomputed from its mentions,
    a row a government unit and year; save those its run holds otherwise (see
    ``tables.save_stats``). The printout comes first: a folder that refuses the write
    (read-only, full) still gets it, then one line naming what was not saved and where
    (exit status 1). A run whose tables are up to date is not written to at all."""
    import pandas as pd

    from metrics.stats import stats_frames

    stats = recompute_stats(directory)
    tables = stats_frames(stats.tables)
    # a row a government unit and year, as the tables keep them: two counties' 政府, or a
    # district's and a county's 教育局, are never one row
    units = tables["stats_groups"].astype({"level": "object", "place": "object"})
    units = units.fillna({"level": "", "place": ""})
    by = units.groupby(["level", "place", "department", "year"], dropna=False)
    table = by.agg(
        figures=("n_figures", "sum"), masked=("n_masked", "sum"), unbounded=("n_unbounded", "sum")
    )
    table["share_masked"] = (table["masked"] / table["figures"]).map("{:.1%}".format)
    if table.empty:  # (pandas would print "Empty DataFrame", its columns, "Index: []")
        failures = stats.run / "failures.parquet"  # (a run older than the table has none)
        failed = len(pd.read_parquet(failures, columns=[])) if failures.exists() else 0
        print(
            f"{directory}: no figures in its current run "
            f"({failed} failed file(s): see failures.parquet)"
        )
    else:
        with pd.option_context("display.unicode.east_asian_width", True):  # 政府: 4 columns
            print(table.to_string())
    sys.stdout.flush()  # the printout before any error line about saving it
    try:
        save_stats(directory, stats)
    except WriteError as exc:
        names = ", ".join(f"{n}.parquet" for n in stats.stale)
        print(
            f"metrics: error: {exc}: the statistics above were printed, not saved; "
            f"{stats.run} keeps its {names}",
            file=sys.stderr,
        )
        return 1
    for name, frame in tables.items():
        done = "written to" if name in stats.stale else "up to date in"
        print(f"{len(frame)} row(s) {done} {stats.run / f'{name}.parquet'}")
    return 0


def workers(
    jobs: int, engine: str, scheduler: str | None
) -> AbstractContextManager[RunPool | DaskRun]:
    """The run's workers, for its files and then its end-of-run steps: the local pool
    (``run_pool``), or with ``engine`` "dask" a ``DaskRun`` (a local cluster's workers
    take both; a ``--scheduler`` cluster the files, a local pool the steps)."""
    return dask_run(jobs, scheduler) if engine == "dask" else run_pool(jobs)


# Files named on stderr with one problem: past these, the same problem (a folder of
# thousands of empty files: a line each buried whatever else went wrong) is counted and
# said once at the end of the run; ``-v`` names every file, failures.parquet lists them.
ALIKE_NAMED = 10


def extract_command(
    paths: list[str | Path],
    out: str | Path,
    csv: bool,
    console: Console,
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
) -> int:
    problems: list[str] = []  # every input that failed, or was read only in part
    failures: list[Failure] = []  # the files whose tables could not be made
    alike: Counter[str] = Counter()  # the files of each problem (``ALIKE_NAMED``)

    def report(message: str, problem: str = "") -> None:
        problems.append(message)
        alike[problem] += 1
        if not problem or alike[problem] <= ALIKE_NAMED or console.verbose:
            console.error(display_name(message))

    def skip(path: Path, problem: str) -> None:
        console.warning(f"{display_name(str(path))}: {problem}")
        if not path.is_dir():  # an output folder's runs are no input file
            summary.skipped.append(display_name(str(path)))

    cores = os.cpu_count() or 1
    if jobs > cores:  # (asked for: the run goes on, its tables the same for any N)
        console.warning(
            f"--jobs {jobs} is more than this machine's {cores} core(s): each worker "
            "process holds memory of its own (about 90 MB) and more than one a core runs "
            "no faster"
        )
    summary = Summary()
    files: list[InputFile] = []
    empty: list[str] = []  # inputs that hold no report: a warning, or the error's cause
    where: dict[object, dict[str, str]] = {}  # each file's folder given (the manifest's)
    for path in paths:
        try:
            found = list(iter_inputs([path], on_skip=skip))
        except InputError as exc:
            report(str(exc))
            continue
        if not found:
            looked = f"holds no .txt file (nor {', '.join(INPUT_SUFFIXES[1:])})"
            empty.append(f"{path}: {looked}{images_instead(path)}")
        files.extend(found)
        for key, place in sources_of(path, found).items():
            where.setdefault(key, place)
    if not files:
        # a mistyped input must not replace the tables of an earlier run with empty ones
        console.error("; ".join([*empty, "no input file to read; nothing written"]))
        return 1
    for message in empty:
        console.warning(message)
    files = settle(files)  # each file once, each name once
    sources = {f.name: where[f.path] for f in files}

    def results(pool: RunPool | DaskRun) -> Iterator[Packed]:
        bar = Progress([f.path for f in files], console.quiet)
        if isinstance(pool, DaskRun) or len(files) > 1:
            pool.start()  # before the client's threads, with the rules (see RunPool.start)
        outcomes = (
            run_files_dask(files, jobs, scheduler, run_packed, pool)
            if isinstance(pool, DaskRun)
            else run_files(files, jobs, run_packed, pool)
        )
        for task, outcome in outcomes:
            if task.last:
                bar.update(task.path)
                summary.files += 1
            if isinstance(outcome, (InputError, Failure)):
                failed = _as_failure(task, outcome)
                if isinstance(outcome, InputError):  # the path and the problem say it all
                    report(str(outcome), outcome.problem)
                else:
                    problem = f"{failed.error_type}: {failed.message}"
                    report(f"{failed.source_file}: {problem}", problem)
                failures.append(failed)
                summary.failed.append(failed.source_file)
                continue
            if isinstance(outcome, FileResult):  # a large file's piece, put in its terms
                outcome = pack(outcome)
            for warning in outcome.warnings:
                console.warning(warning)
            if outcome.damage:  # read, but not whole: processed, and the run reports it
                report(outcome.damage)
            console.detail(
                f"{task.path}: {outcome.mentions.num_rows} figure(s), "
                f"{outcome.pairs.num_rows} pair(s)"
            )
            summary.add(outcome)
            yield outcome
        bar.close()

    before = _current(out)
    try:
        utf8_place(out)
        if is_url(out):
            check_output_url(str(out))  # before a long run, not after it
            with (
                tempfile.TemporaryDirectory(prefix="metrics-") as local,
                workers(jobs, engine, scheduler) as pool,
                fewer_collections(),  # (the files' results and the writer's: gc_pacing)
            ):
                write_outputs(Path(local), results(pool), csv, failures, pool.map, sources)
                upload_outputs(Path(local), str(out))
        else:
            # one pool (or Dask cluster): the files, then the end-of-run steps; the
            # collector paced meanwhile
            with workers(jobs, engine, scheduler) as pool, fewer_collections():
                write_outputs(Path(out), results(pool), csv, failures, pool.map, sources)
            if csv:
                from metrics.export import export_tables

                export_tables(Path(out), "csv")
    except WriteError as exc:
        console.error(str(exc))
        return 1
    except OSError as exc:  # the system refused a write: read-only place, full disk
        console.error(f"{out}: cannot be written ({system_said(exc)})")
        return 1
    except MetricsError as exc:  # an output folder that cannot be written safely
        console.error(str(exc))
        return 2
    except KeyboardInterrupt as exc:  # Ctrl-C, SIGTERM: unwound like an error
        return interrupted(exc, _left(out, before))
    except Exception as exc:  # the machine's memory or threads ran out (``out_of_memory``)
        if not out_of_memory(exc):
            raise
        said = f": {exc}" if str(exc) else ""
        console.error(
            f"{out}: the run ran out of memory ({type(exc).__name__}{said}); "
            f"{_left(out, before)}; run it with fewer --jobs or where more memory is free"
        )
        return 1
    if not console.quiet:
        print(summary.render(out))
    if not is_url(out):
        older = older_tables(Path(out))
        if older:
            console.warning(
                f"{out}: {', '.join(older)} at its top are the tables of a run of an older "
                "version, not of this one, which is in runs/ (CURRENT; DIR/current/ links "
                "to it): metrics.load, stats and export read that; a tool reading the top "
                "reads the old tables: remove them"
            )
        for fmt, folder in stale_exports(Path(out)):
            console.warning(
                f"{folder}: an export of an earlier run, not of this one; "
                f"`metrics export {out} --format {fmt}` refreshes it"
            )
    if problems:
        for problem, count in alike.items():
            if problem and count > ALIKE_NAMED and not console.verbose:
                console.error(
                    f"{count - ALIKE_NAMED} more file(s): {problem} (not named above: -v names "
                    "each; failures.parquet lists every file that failed)"
                )
        console.error(f"{len(problems)} input problem(s); see the errors above")
        return 1
    return 0


def a_path(raw: str) -> str:
    """A path given on the command line, for argparse: an empty one is a usage error. As
    a ``Path`` it was ``.``, the folder the command runs in: an unset variable
    (`metrics extract "$REPORTS" --out "$OUT"`) read every file below it, or put the
    run's folders there."""
    if not raw.strip():
        raise argparse.ArgumentTypeError(
            "an empty path (an unset variable?); give a file or folder, `.` for this one"
        )
    return raw


def local_folder(raw: str) -> Path:
    """The DIR of ``stats`` and ``export``, which write beside a run's tables: a local
    folder. A URL is refused with what reads it (as ``Path`` it lost a slash, and the
    error named ``memory:/out``, no such folder); an empty path as ``a_path`` refuses it."""
    a_path(raw)
    if is_url(raw):
        raise argparse.ArgumentTypeError(
            f"{raw}: a URL; this command works on a local output folder: read its tables "
            f"with metrics.load({raw!r}) in Python, or copy the folder here first"
        )
    return Path(raw)


def utf8_place(place: str | Path) -> str | Path:
    """``place`` (an output folder), or ``OutputError`` when its name is not valid UTF-8:
    Arrow, which writes and reads the tables, takes a path as UTF-8 text only (a name of
    other bytes raised its UnicodeEncodeError after the run). Input files may have such
    names: Python reads them."""
    if not utf8_name(place):
        raise OutputError(
            display_name(str(place)),
            "a folder whose name is not valid UTF-8 cannot hold the tables (Arrow takes "
            "UTF-8 paths only); choose another name",
        )
    return place


def _current(out: str | Path) -> str | None:
    """The id of the current run of a local output folder, if it has one."""
    if is_url(out):
        return None
    try:
        return current_id(Path(out))
    except OSError:  # no folder (a file, say): the write will say what is wrong
        return None


# What Arrow says when the system refuses it memory or a thread (a process at its limit of
# address space, ``ulimit -v``, cannot map a thread's stack): its status is then an
# unknown error naming the system's refusal.
REFUSED_RESOURCE = ("Resource temporarily unavailable", "Cannot allocate memory")


def out_of_memory(exc: BaseException) -> bool:
    """Whether ``exc`` says the machine's memory ran out: a ``MemoryError`` (Arrow's
    ``ArrowMemoryError`` is one), or an Arrow error naming a resource the system refused
    (``REFUSED_RESOURCE``). Other errors are bugs, raised as they are."""
    if isinstance(exc, MemoryError):
        return True
    import pyarrow as pa

    return isinstance(exc, pa.ArrowException) and any(r in str(exc) for r in REFUSED_RESOURCE)


def _left(out: str | Path, before: str | None) -> str:
    """What an interrupted run left in ``out``, which held run ``before``."""
    if is_url(out):
        return f"{out}: CURRENT is uploaded last, so it names a whole run"
    if _current(out) == before:
        if before is None:  # a first run: "its previous run" was none (by hand, 1 GB)
            return f"nothing was published: {out} holds no run (it held none before)"
        return f"nothing was published: {out} keeps its previous run"
    return f"{out} holds the new run, published whole before the interruption"


def _as_failure(task: Task, outcome: InputError | Failure) -> Failure:
    """A read error as a failure record (its message without the path, named apart)."""
    return outcome if isinstance(outcome, Failure) else read_failure(task, outcome)


class Progress:
    """Files and characters done, rate and time left, on stderr when it is a terminal."""

    def __init__(self, files: list[Path], quiet: bool) -> None:
        self.bar = None
        self.sizes: dict[Path, int] = {}
        if not quiet and sys.stderr.isatty():
            from tqdm import tqdm

            # asked once (a stat is a request on remote storage)
            self.sizes = {f: f.stat().st_size for f in files if f.exists()}
            total = sum(self.sizes.values())
            self.bar = tqdm(total=total, unit="B", unit_scale=True, desc="extract", file=sys.stderr)

    def update(self, file: Path) -> None:
        if self.bar is not None:
            self.bar.update(self.sizes.get(file, 0))
            self.bar.set_postfix_str(display_name(file.name)[:30])

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


class Summary:
    """Counts for the closing summary of a run."""

    def __init__(self) -> None:
        self.files = 0  # files, not the pieces of a large one
        self.failed: list[str] = []
        self.skipped: list[str] = []
        self.characters = 0
        self.mentions = 0
        self.masked = 0
        self.pairs = 0
        self.docs: Counter[tuple[str, str, str, str]] = Counter()  # a government unit's
        self.targets = 0  # stated targets of government work reports

    def add(self, result: Packed) -> None:
        self.pairs += result.pairs.num_rows
        self.targets += len(result.targets[0])
        self.characters += result.characters
        self.mentions += result.mentions.num_rows
        self.masked += result.masked
        self.docs.update(result.documents_by)

    def render(self, out: str | Path) -> str:
        share = self.masked / self.mentions if self.mentions else 0.0
        lines = [
            f"{self.files} file(s), {self.characters:,} characters, "
            f"{sum(self.docs.values())} document(s) -> {out}",
            f"figures found: {self.mentions:,}; masked: {self.masked:,} ({share:.1%}); "
            f"target/actual pairs: {self.pairs:,}",
            f"targets of government work reports: {self.targets:,} (targets.parquet)",
            "documents per government unit and year:",  # as `metrics stats` prints them
        ]
        rows = [("level", "place", "department", "year", "documents")]
        rows += [(*unit, str(n)) for unit, n in sorted(self.docs.items())]
        lines += align(rows, left=3)
        for what, names in (("failed", self.failed), ("skipped", self.skipped)):
            if names:
                shown = ", ".join(dict.fromkeys(names[:10]))
                more = f" and {len(names) - 10} more" if len(names) > 10 else ""
                lines.append(f"{what}: {len(set(names))} file(s): {shown}{more}")
        return "\n".join(lines)


def align(rows: list[tuple[str, ...]], left: int = 1) -> list[str]:
    """Rows as lines of columns padded to the same display width (a CJK character takes
    two columns of a terminal); the first ``left`` columns left-aligned, the others right."""
    from metrics.export import display_width

    widths = [max(display_width(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = []
        for i, (cell, width) in enumerate(zip(row, widths, strict=True)):
            pad = " " * (width - display_width(cell))
            cells.append(cell + pad if i < left else pad + cell)
        lines.append("  " + "  ".join(cells))
    return lines


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
