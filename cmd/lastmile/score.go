package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/lastmile/lastmile/analyze"
	"github.com/lastmile/lastmile/analyze/read"
)

func scoreCommand() *cli.Command {
	return &cli.Command{
		Name:  "score",
		Usage: "score calls: one scorecard for one file; a row per call and a roll-up per seller for several",
		UsageText: `lastmile score [flags] PATH...

PATH is a file, a directory (walked for .txt .vtt .srt .json), a quoted glob
("calls/**/*.vtt") or - for standard input. With one file and the table
format, the full scorecard is printed.`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "table", Usage: "output `FORMAT`: table, json, jsonl, csv or markdown"},
			&cli.IntFlag{Name: "jobs", Aliases: []string{"j"}, Value: runtime.GOMAXPROCS(0), DefaultText: "the number of CPUs, also the most", Usage: "`N` calls scored in parallel"},
			&cli.StringFlag{Name: "sort", Value: "file", Usage: "`ORDER` of table and markdown rows: file (input order), score or seller"},
			&cli.Float64Flag{Name: "fail-under", DefaultText: "none", Usage: "exit 3 if a call scores below `SCORE` (0-100)"},
			&cli.BoolFlag{Name: "scorecards", Usage: "table/markdown: print every call's full scorecard, not one row per call"},
			&cli.StringFlag{Name: "files-from", Usage: "read more paths from `FILE`, one a line (- for standard input)"},
			&cli.StringFlag{Name: "progress", Value: "auto", Usage: "progress bar on stderr: `WHEN` is auto (a terminal, not under CI, more than 5 files), always or never"},
			repFlag, inputFormatFlag, rubricFlag,
		},
		Action: scoreAction,
	}
}

func scoreAction(c *cli.Context) error {
	go read.Warm() // load the sentence model while the command line and the first file are read
	rubric, err := loadRubric(c)
	if err != nil {
		return err
	}
	opts, err := readOptions(c, rubric)
	if err != nil {
		return err
	}
	paths := c.Args().Slice()
	if err := stdinOnce(paths, c.String("files-from")); err != nil {
		return err
	}
	if from := c.String("files-from"); from != "" {
		list, err := readFilesFrom(from)
		if err != nil {
			return err
		}
		paths = append(paths, list...)
	}
	if len(paths) == 0 {
		return usagef("score needs at least one file, directory or glob (or --files-from)")
	}
	if c.Int("jobs") < 1 {
		return usagef("--jobs must be at least 1")
	}
	// Scoring is CPU-bound: more workers than CPUs only hold more calls in
	// memory at once.
	jobs := min(c.Int("jobs"), runtime.GOMAXPROCS(0))
	sortBy, err := oneOf("sort", c.String("sort"), "file", "score", "seller")
	if err != nil {
		return err
	}
	failUnder := c.Float64("fail-under")
	if failUnder < 0 || failUnder > 100 {
		return usagef("--fail-under must be between 0 and 100")
	}
	single := len(paths) == 1 && isSingleFile(paths[0])
	out, err := newScoreOutput(c.String("format"), rubric, sortBy, single || c.Bool("scorecards"))
	if err != nil {
		return err
	}

	// A failed write (a full disk, a closed pipe) stops the batch: there
	// is no point scoring calls whose results cannot be written.
	ctx, cancel := context.WithCancel(c.Context)
	defer cancel()
	stdout := bufio.NewWriterSize(c.App.Writer, 64<<10)
	defer stdout.Flush()
	b := &batch{jobs: jobs, read: opts, rubric: rubric, render: out.call, renderFailed: out.failed}
	inputs := func(emit func(input) bool) { expandInputs(ctx, paths, emit) }

	progress, err := newProgress(c.String("progress"), c.App.ErrWriter, paths, ctx)
	if err != nil {
		return err
	}
	if err := out.begin(stdout); err != nil {
		return err
	}
	var failed, below int
	var writeErr error
	runErr := b.run(ctx, inputs, func(r *callResult) {
		progress.step()
		if r.sum.Err != nil {
			failed++
			progress.message(r.sum.Err.Error())
		} else if failUnder > 0 && r.sum.Scored && r.sum.Score < failUnder {
			below++
		}
		if writeErr == nil {
			if writeErr = out.add(stdout, r); writeErr != nil {
				cancel()
			}
		}
	})
	progress.done()
	if writeErr == nil {
		writeErr = out.end(stdout)
	}
	if writeErr == nil {
		writeErr = stdout.Flush()
	}
	switch {
	case writeErr != nil:
		return fmt.Errorf("writing output: %w", writeErr)
	case runErr != nil:
		return runErr
	case failed > 0:
		return errInputsFailed
	case below > 0:
		fmt.Fprintf(c.App.ErrWriter, "lastmile: %d call(s) scored below --fail-under %g\n", below, failUnder)
		return errBelowScore
	}
	return nil
}

func readFilesFrom(from string) ([]string, error) {
	var r io.Reader = stdin
	if from != stdinName {
		f, err := os.Open(from)
		if err != nil {
			return nil, usagef("--files-from: %v", err)
		}
		defer f.Close()
		r = f
	}
	list, err := readPathList(r)
	if err != nil {
		return nil, fmt.Errorf("--files-from %s: %w", from, err)
	}
	return list, nil
}

// isSingleFile reports whether a path names one file (or standard input),
// for which score prints the full scorecard.
func isSingleFile(p string) bool {
	if p == stdinName {
		return true
	}
	info, err := os.Stat(p)
	return err == nil && !info.IsDir() // a file, a FIFO, /dev/stdin
}

// A scoreOutput renders a batch. call and failed run on workers and return
// what add later writes in input order; begin and end frame the output.
type scoreOutput interface {
	call(sc *analyze.Scorecard, sum *analyze.Summary) []byte
	failed(sum *analyze.Summary) []byte
	begin(w io.Writer) error
	add(w io.Writer, r *callResult) error
	end(w io.Writer) error
}

func newScoreOutput(format string, rubric *analyze.Rubric, sortBy string, scorecards bool) (scoreOutput, error) {
	switch strings.ToLower(strings.TrimSpace(format)) {
	case "jsonl", "ndjson":
		return &jsonlOutput{}, nil
	case "json":
		return &jsonOutput{rollup: analyze.NewRollup(analyze.MetricNames(rubric.Analyzers()))}, nil
	case "csv":
		return &csvOutput{metrics: analyze.MetricNames(rubric.Analyzers())}, nil
	case "table", "text":
		return newTableOutput(rubric, styleText, sortBy, scorecards), nil
	case "markdown", "md":
		return newTableOutput(rubric, styleMarkdown, sortBy, scorecards), nil
	}
	return nil, usagef("unknown --format %q (want table, json, jsonl, csv or markdown)", format)
}

// jsonlOutput writes one JSON object per call, one per line.
type jsonlOutput struct{}

func (jsonlOutput) call(sc *analyze.Scorecard, sum *analyze.Summary) []byte {
	return append(appendCallJSON(nil, sc, sum), '\n')
}
func (jsonlOutput) failed(sum *analyze.Summary) []byte {
	return append(appendCallJSON(nil, nil, sum), '\n')
}
func (jsonlOutput) begin(io.Writer) error { return nil }
func (jsonlOutput) add(w io.Writer, r *callResult) error {
	_, err := w.Write(r.out)
	return err
}
func (jsonlOutput) end(io.Writer) error { return nil }

// jsonOutput writes one document: the calls, then the roll-up.
type jsonOutput struct {
	rollup *analyze.RollupBuilder
	n      int
}

func (o *jsonOutput) call(sc *analyze.Scorecard, sum *analyze.Summary) []byte {
	return appendCallJSON(nil, sc, sum)
}
func (o *jsonOutput) failed(sum *analyze.Summary) []byte { return appendCallJSON(nil, nil, sum) }
func (o *jsonOutput) begin(w io.Writer) error {
	_, err := fmt.Fprintf(w, `{"schema":%q,"calls":[`, batchSchema)
	return err
}
func (o *jsonOutput) add(w io.Writer, r *callResult) error {
	sep := ",\n"
	if o.n == 0 {
		sep = "\n"
	}
	o.n++
	o.rollup.Add(&r.sum)
	if _, err := io.WriteString(w, sep); err != nil {
		return err
	}
	_, err := w.Write(r.out)
	return err
}
func (o *jsonOutput) end(w io.Writer) error {
	// The calls were streamed; the roll-up keys continue the document.
	jw := &jsonw{b: []byte("\n]")}
	jw.comma = []bool{true} // inside the top-level object, after "calls"
	appendRollupJSON(jw, o.rollup.Sellers(), o.rollup.Team())
	jw.b = append(jw.b, "}\n"...)
	_, err := w.Write(jw.b)
	return err
}
