package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"runtime"

	"github.com/urfave/cli/v2"

	"github.com/lastmile/lastmile/analyze/read"
	"github.com/lastmile/lastmile/cmd/lastmile/internal/render"
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
	rubric, opts, err := setup(c)
	if err != nil {
		return err
	}
	paths := c.Args().Slice()
	if err := stdinOnce(paths, c.String("files-from")); err != nil {
		return err
	}
	if from := c.String("files-from"); from != "" {
		list, err := readFilesFrom(c.Context, from)
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
	if !(failUnder >= 0 && failUnder <= 100) { // NaN fails both: a gate that cannot be switched off
		return usagef("--fail-under must be a number between 0 and 100, not %s", c.String("fail-under"))
	}
	single := len(paths) == 1 && isSingleFile(paths[0])
	out, err := render.NewBatch(c.String("format"), rubric, sortBy, single || c.Bool("scorecards"))
	if err != nil {
		return &usageError{err.Error()}
	}

	// A failed write (a full disk, a closed pipe) stops the batch: there
	// is no point scoring calls whose results cannot be written.
	ctx, cancel := context.WithCancel(c.Context)
	defer cancel()
	stdout := bufio.NewWriterSize(c.App.Writer, 64<<10)
	defer stdout.Flush()
	b := &batch{jobs: jobs, read: opts, rubric: rubric, render: out.Call, renderFailed: out.Failed, mem: newMemBudget(defaultMemBudget())}
	inputs := func(emit func(input) bool) { expandInputs(ctx, paths, emit) }

	progress, err := newProgress(c.String("progress"), c.App.ErrWriter, paths, ctx)
	if err != nil {
		return err
	}
	if err := out.Begin(stdout); err != nil {
		return err
	}
	var failed, below, unscored int
	var writeErr error
	runErr := b.run(ctx, inputs, func(r *callResult) {
		progress.step()
		if r.sum.Err != nil {
			failed++
			progress.message(r.sum.Err.Error())
		} else if failUnder > 0 && (!r.sum.Scored || r.sum.Score < failUnder) {
			// A call with no score (nothing the rubric weighs could be
			// measured) fails the gate: a gate fails closed.
			below++
			if !r.sum.Scored {
				unscored++
			}
		}
		if writeErr == nil {
			if writeErr = out.Add(stdout, &r.sum, r.out); writeErr != nil {
				cancel()
			}
		}
	})
	progress.done()
	if writeErr == nil {
		writeErr = out.End(stdout)
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
		if unscored > 0 {
			fmt.Fprintf(c.App.ErrWriter, "lastmile: %d call(s) scored below --fail-under %g (%d with no score: nothing the rubric weighs was measured)\n", below, failUnder, unscored)
		} else {
			fmt.Fprintf(c.App.ErrWriter, "lastmile: %d call(s) scored below --fail-under %g\n", below, failUnder)
		}
		return errBelowScore
	}
	return nil
}

// readFilesFrom reads the list of --files-from. Standard input or a named
// pipe may block: Ctrl-C (ctx) still stops the command.
func readFilesFrom(ctx context.Context, from string) ([]string, error) {
	type result struct {
		list []string
		err  error
	}
	ch := make(chan result, 1)
	in := stdin // read here: the goroutine may outlive an interrupted command
	go func() {
		var r io.Reader = in
		if from != stdinName {
			f, err := os.Open(from)
			if err != nil {
				ch <- result{nil, usagef("--files-from: %v", err)}
				return
			}
			defer f.Close()
			r = f
		}
		list, err := readPathList(r)
		if err != nil {
			err = fmt.Errorf("--files-from %s: %w", from, err)
		}
		ch <- result{list, err}
	}()
	select {
	case r := <-ch:
		return r.list, r.err
	case <-ctx.Done():
		return nil, errInterrupted
	}
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
