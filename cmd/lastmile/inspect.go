package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/lastmile/lastmile/analyze"
	"github.com/lastmile/lastmile/analyze/read"
	"github.com/lastmile/lastmile/analyze/suite"
	"github.com/lastmile/lastmile/analyze/transcript"
	"github.com/lastmile/lastmile/cmd/lastmile/internal/render"
)

func inspectCommand() *cli.Command {
	return &cli.Command{
		Name:  "inspect",
		Usage: "one call: the scorecard, then the transcript annotated sentence by sentence",
		UsageText: `lastmile inspect [flags] FILE

--only keeps the sentences of some findings, with one sentence of context
around each: ` + strings.Join(render.FilterNames(suite.Default()), ", ") + `.`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "table", Usage: "output `FORMAT`: table, json (one document) or jsonl (one record per sentence)"},
			&cli.StringFlag{Name: "only", Usage: "keep the sentences of a comma-separated `LIST`: " + strings.Join(render.FilterNames(suite.Default()), ",")},
			&cli.StringFlag{Name: "speaker", Usage: "keep one speaker's sentences (`NAME`: full or first name, any case)"},
			&cli.StringFlag{Name: "html", Usage: "also write a self-contained HTML report with a timeline to `FILE`"},
			&cli.StringFlag{Name: "color", Value: "auto", Usage: "colour `WHEN`: auto (a terminal, unless NO_COLOR is set), always or never"},
			repFlag, inputFormatFlag, rubricFlag,
		},
		Action: inspectAction,
	}
}

func inspectAction(c *cli.Context) error {
	go read.Warm() // load the sentence model while the command line and the first file are read
	if c.NArg() != 1 {
		return usagef("inspect takes one file (got %d)", c.NArg())
	}
	format, err := oneOf("format", c.String("format"), "table", "json", "jsonl")
	if err != nil {
		return err
	}
	rubric, opts, err := setup(c)
	if err != nil {
		return err
	}
	only, err := render.ParseFilter(rubric, c.String("only"))
	if err != nil {
		return &usageError{err.Error()}
	}
	colorMode, err := oneOf("color", c.String("color"), "auto", "always", "never")
	if err != nil {
		return err
	}
	path := c.Args().First()
	t, err := readInput(c.Context, path, opts)
	if errors.Is(err, errInterrupted) {
		return err
	}
	if err == nil {
		err = checkReps(t, opts)
	}
	if err != nil {
		fmt.Fprintln(c.App.ErrWriter, render.Clean(err.Error()))
		return errInputsFailed
	}
	if who := c.String("speaker"); who != "" && !hasSpeaker(t, who) {
		var names []string
		for _, s := range t.Speakers {
			names = append(names, s.Name)
		}
		return usagef("--speaker %q: no such speaker in %s (speakers: %s)", who, path, strings.Join(names, ", "))
	}
	sc, err := analyze.Score(t, rubric)
	if err != nil {
		return err
	}
	ann := analyze.Annotate(sc)
	if htmlPath := c.String("html"); htmlPath != "" {
		err := writeFileAtomic(c.Context, htmlPath, func(w io.Writer) error { return render.HTML(w, sc, ann) })
		if errors.Is(err, errInterrupted) {
			return err
		}
		if err != nil {
			return fmt.Errorf("--html: %w", err)
		}
	}
	keep := render.Select(ann, only, c.String("speaker"))

	w := bufio.NewWriter(ctxWriter{c.Context, c.App.Writer}) // stops at the next write once interrupted
	defer w.Flush()
	switch format {
	case "jsonl":
		for i, a := range ann {
			if c.Context.Err() != nil {
				break
			}
			if keep[i] == render.Shown {
				w.Write(append(render.AppendSentenceJSON(nil, sc, a), '\n'))
			}
		}
	case "json":
		w.Write(append(render.AppendInspectJSON(nil, sc, ann, keep), '\n'))
	default:
		if err := render.Scorecard(w, sc, render.StyleText); err != nil {
			return err
		}
		fmt.Fprintln(w)
		render.Annotated(w, sc, ann, keep, render.NewPalette(colorMode, c.App.Writer))
	}
	if c.Context.Err() != nil {
		return errInterrupted
	}
	return w.Flush()
}

func hasSpeaker(t *transcript.Transcript, want string) bool {
	for _, s := range t.Speakers {
		if transcript.MatchesName(s.Name, want) {
			return true
		}
	}
	return false
}
