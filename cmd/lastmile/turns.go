package main

import (
	"bufio"
	"errors"
	"fmt"

	"github.com/urfave/cli/v2"

	"github.com/lastmile/lastmile/analyze/read"
	"github.com/lastmile/lastmile/cmd/lastmile/internal/render"
)

func turnsCommand() *cli.Command {
	return &cli.Command{
		Name:      "turns",
		Usage:     "show how transcripts were read: line, time, speaker, role, words, sentences",
		UsageText: "lastmile turns [--format table|json] FILE...",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "table", Usage: "output `FORMAT`: table or json (one JSON document a line per file)"},
			repFlag, inputFormatFlag, rubricFlag,
		},
		Action: turnsAction,
	}
}

func turnsAction(c *cli.Context) error {
	go read.Warm() // load the sentence model while the command line and the first file are read
	if c.NArg() == 0 {
		return usagef("turns needs at least one file")
	}
	if err := stdinOnce(c.Args().Slice(), ""); err != nil {
		return err
	}
	format, err := oneOf("format", c.String("format"), "table", "json")
	if err != nil {
		return err
	}
	_, opts, err := setup(c)
	if err != nil {
		return err
	}
	// Output stops at the next write once interrupted: a transcript of
	// millions of turns takes minutes to print.
	w := bufio.NewWriter(ctxWriter{c.Context, c.App.Writer})
	defer w.Flush()
	failed := false
	first := true
	expandInputs(c.Context, c.Args().Slice(), func(in input) bool {
		w.Flush() // what finished is out before the next read, which may block
		if c.Context.Err() != nil {
			return false
		}
		t, err := loadInput(c.Context, in, opts)
		if errors.Is(err, errInterrupted) {
			return false
		}
		if err != nil {
			failed = true
			w.Flush()
			fmt.Fprintln(c.App.ErrWriter, render.Clean(err.Error()))
			if format == "json" {
				w.Write(append(render.AppendTurnsErrorJSON(nil, in.path, err), '\n'))
				return true
			}
			// The table shows a failed input too, where it comes: stdout
			// alone tells what was and was not read.
			if !first {
				fmt.Fprintln(w)
			}
			first = false
			fmt.Fprintf(w, "%s\n  failed: %s\n", render.Clean(in.path), render.Clean(err.Error()))
			return true
		}
		if format == "json" {
			w.Write(append(render.AppendTurnsJSON(nil, t), '\n'))
			return true
		}
		if !first {
			fmt.Fprintln(w)
		}
		first = false
		if err := render.Turns(w, t); errors.Is(err, errInterrupted) {
			return false
		} else if err != nil {
			fmt.Fprintln(c.App.ErrWriter, render.Clean(err.Error()))
			failed = true
		}
		return true
	})
	if c.Context.Err() != nil {
		return errInterrupted
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if failed {
		return errInputsFailed
	}
	return nil
}
