package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/schollz/progressbar/v3"

	"github.com/lastmile/lastmile/cmd/lastmile/internal/render"
)

// progress shows a bar on stderr while a batch runs, when a person is
// watching: stderr is a terminal, CI is not set, and there are more than a
// handful of files. A nil bar does nothing.
type progress struct {
	bar *progressbar.ProgressBar
	w   io.Writer
}

// minProgressFiles is the smallest batch that gets a bar.
const minProgressFiles = 6

func newProgress(mode string, stderr io.Writer, paths []string, ctx context.Context) (*progress, error) {
	switch mode {
	case "never":
		return &progress{w: stderr}, nil
	case "auto":
		f, ok := stderr.(*os.File)
		if !ok || !isatty.IsTerminal(f.Fd()) && !isatty.IsCygwinTerminal(f.Fd()) || os.Getenv("CI") != "" {
			return &progress{w: stderr}, nil
		}
	case "always":
	default:
		return nil, usagef("--progress must be auto, always or never, not %q", mode)
	}
	// Counting the files first costs a directory walk, which is small
	// next to reading them, and gives the bar a real total.
	total := 0
	expandInputs(ctx, paths, func(input) bool { total++; return true })
	if total < minProgressFiles && mode == "auto" {
		return &progress{w: stderr}, nil
	}
	bar := progressbar.NewOptions(total,
		progressbar.OptionSetWriter(stderr),
		progressbar.OptionSetDescription("scoring"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("calls"),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSetPredictTime(true),
	)
	return &progress{bar: bar, w: stderr}, nil
}

func (p *progress) step() {
	if p.bar != nil {
		p.bar.Add(1)
	}
}

// message prints a line on stderr without garbling the bar.
func (p *progress) message(msg string) {
	if p.bar != nil {
		p.bar.Clear()
	}
	fmt.Fprintln(p.w, render.Clean(msg))
}

func (p *progress) done() {
	if p.bar != nil {
		p.bar.Finish()
	}
}
