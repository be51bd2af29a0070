package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/urfave/cli/v2"

	"github.com/lastmile/lastmile/analyze"
	"github.com/lastmile/lastmile/analyze/read"
	"github.com/lastmile/lastmile/analyze/suite"
	"github.com/lastmile/lastmile/analyze/transcript"
	"github.com/lastmile/lastmile/cmd/lastmile/internal/render"
)

// Exit codes, documented in the README and the package doc.
const (
	exitOK          = 0   // every input was read and scored
	exitInputFailed = 1   // at least one input could not be read (or an output could not be written)
	exitUsage       = 2   // the command line was wrong
	exitBelowScore  = 3   // --fail-under: a call scored below the threshold
	exitInterrupted = 130 // Ctrl-C: what was finished is printed
)

// usageError is a mistake on the command line.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return &usageError{fmt.Sprintf(format, args...)}
}

// Errors that choose an exit code after the output is written.
var (
	errInputsFailed = errors.New("some inputs could not be read")
	errBelowScore   = errors.New("a call scored below --fail-under")
	errInterrupted  = errors.New("interrupted")
)

// stdin is what "-" reads; tests replace it.
var stdin io.Reader = os.Stdin

// run is the whole command: main only adds os.Exit. It never exits
// itself, so tests run the CLI in-process.
func run(args []string, stdout, stderr io.Writer) int {
	// Ctrl-C and SIGTERM (a CI timeout, kill) stop the command the same
	// way: what finished is printed and temporary files are removed.
	// A second signal ends the process at once: stop restores the
	// default action as soon as the first has been seen.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		stop()
	}()
	return runContext(ctx, args, stdout, stderr)
}

func runContext(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	// Every write to stdout is checked, help's and the rubric's too
	// (urfave/cli ignores its write errors): "lastmile help > /dev/full"
	// must not succeed.
	out := &checkedWriter{w: stdout}
	app := newApp(out, stderr)
	args, err := reorderArgs(app, args)
	if err == nil {
		err = app.RunContext(ctx, args)
	}
	if err == nil && out.err != nil {
		err = fmt.Errorf("writing output: %w", out.err)
	}
	var usage *usageError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &usage):
		fmt.Fprintf(stderr, "lastmile: %s\nRun 'lastmile help' for usage.\n", render.Clean(err.Error()))
		return exitUsage
	case errors.Is(err, errInterrupted):
		fmt.Fprintln(stderr, "lastmile: interrupted")
		return exitInterrupted
	case errors.Is(err, errInputsFailed):
		return exitInputFailed
	case errors.Is(err, errBelowScore):
		return exitBelowScore
	}
	fmt.Fprintf(stderr, "lastmile: %s\n", render.Clean(err.Error()))
	return exitInputFailed
}

// checkedWriter remembers the first write error, and fails every write
// after it.
type checkedWriter struct {
	w   io.Writer
	err error
}

func (c *checkedWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	if err != nil {
		c.err = err
	}
	return n, err
}

// Fd is the descriptor of the file behind, for terminal checks; an
// invalid one when there is none.
func (c *checkedWriter) Fd() uintptr {
	if f, ok := c.w.(interface{ Fd() uintptr }); ok {
		return f.Fd()
	}
	return ^uintptr(0)
}

func newApp(stdout, stderr io.Writer) *cli.App {
	app := &cli.App{
		Name:      "lastmile",
		Usage:     "score sales conversations from call transcripts",
		UsageText: "lastmile COMMAND [flags] FILE...",
		Description: `lastmile reads call transcripts (plain text, Zoom/Teams WebVTT, SRT, Whisper,
WhisperX, AWS Transcribe, Deepgram, AssemblyAI or its own JSON), splits them
into sentences and scores what sales coaches look for: talk ratio, questions,
customer focus, cold-call openers, interruptions, monologues, next steps.

Flags may come before or after the files. Exit codes: 0 all inputs scored,
1 an input failed, 2 usage error, 3 a call scored below --fail-under,
130 interrupted.`,
		Writer:                 stdout,
		ErrWriter:              stderr,
		HideVersion:            true,
		UseShortOptionHandling: false,
		// Errors go back to run, which picks the exit code; urfave/cli
		// would otherwise call os.Exit from inside Run.
		ExitErrHandler: func(*cli.Context, error) {},
		OnUsageError: func(_ *cli.Context, err error, _ bool) error {
			return &usageError{err.Error()}
		},
		Commands: []*cli.Command{
			scoreCommand(),
			inspectCommand(),
			turnsCommand(),
			rubricCommand(),
		},
	}
	for _, c := range app.Commands {
		c.OnUsageError = app.OnUsageError
	}
	return app
}

// Flags several commands share.
var (
	repFlag = &cli.StringSliceFlag{
		Name:  "rep",
		Usage: "a seller's `NAME` (full or first, any case); repeat for several; everyone else is the customer",
	}
	inputFormatFlag = &cli.StringFlag{
		Name:  "input-format",
		Usage: "read every input as this `FORMAT` instead of detecting it: " + formatNames(),
	}
	rubricFlag = &cli.StringFlag{
		Name:  "rubric",
		Usage: "a rubric `FILE` (YAML; start from: lastmile rubric > rubric.yaml)",
	}
)

func formatNames() string {
	names := make([]string, len(read.Formats()))
	for i, f := range read.Formats() {
		names[i] = string(f.Name)
	}
	return strings.Join(names, ", ")
}

// reorderArgs moves a command's flags in front of its file arguments:
// urfave/cli v2 stops reading flags at the first argument, and users write
// "lastmile score calls/ --format csv". Everything after "--" stays an
// argument.
func reorderArgs(app *cli.App, args []string) ([]string, error) {
	if len(args) < 2 {
		return args, nil
	}
	cmd := app.Command(args[1])
	if cmd == nil {
		if strings.HasPrefix(args[1], "-") || args[1] == "help" {
			return args, nil
		}
		return nil, usagef("unknown command %q (commands: score, inspect, turns, rubric)", args[1])
	}
	takesValue := map[string]bool{}
	for _, f := range cmd.Flags {
		_, isBool := f.(*cli.BoolFlag)
		for _, name := range f.Names() {
			takesValue[name] = !isBool
		}
	}
	var flags, files []string
	help := false
	rest := args[2:]
	for i := 0; i < len(rest); i++ {
		a := rest[i]
		switch {
		case a == "--":
			files = append(files, rest[i+1:]...)
			i = len(rest)
		case len(a) > 1 && a[0] == '-':
			flags = append(flags, a)
			help = help || a == "-h" || a == "--help"
			name := strings.TrimLeft(a, "-")
			if _, _, hasValue := strings.Cut(name, "="); !hasValue && takesValue[name] && i+1 < len(rest) {
				i++
				flags = append(flags, rest[i])
			}
		default:
			files = append(files, a)
		}
	}
	out := append([]string{args[0], args[1]}, flags...)
	if len(files) > 0 && !help { // "score calls/ --help" asks for help, not for calls/
		out = append(out, "--")
		out = append(out, files...)
	}
	return out, nil
}

// oneOf checks a flag's value against the values it takes, ignoring case,
// and returns it lower-cased.
func oneOf(flag, value string, allowed ...string) (string, error) {
	v := strings.ToLower(strings.TrimSpace(value))
	for _, a := range allowed {
		if v == a {
			return v, nil
		}
	}
	return "", usagef("--%s must be %s, not %q", flag, strings.Join(allowed, ", "), value)
}

// stdinOnce refuses standard input named more than once ("-" twice, or
// "-" and --files-from -): two readers would split one stream between them.
func stdinOnce(paths []string, filesFrom string) error {
	n := 0
	if filesFrom == stdinName {
		n++
	}
	for _, p := range paths {
		if p == stdinName {
			n++
		}
	}
	if n > 1 {
		return usagef("standard input (-) can be read only once")
	}
	return nil
}

// setup reads the flags every command that reads calls shares: the rubric
// (--rubric) and the reader's options (--input-format, --rep and the
// rubric's sellers).
func setup(c *cli.Context) (*analyze.Rubric, read.ReadOptions, error) {
	rubric, err := loadRubric(c)
	if err != nil {
		return nil, read.ReadOptions{}, err
	}
	opts, err := readOptions(c, rubric)
	return rubric, opts, err
}

// readOptions builds the reader's options from the shared flags.
func readOptions(c *cli.Context, rubric *analyze.Rubric) (read.ReadOptions, error) {
	var opts read.ReadOptions
	f, err := read.ParseFormat(c.String("input-format"))
	if err != nil {
		return opts, &usageError{err.Error()}
	}
	opts.Format = f
	for _, r := range c.StringSlice("rep") {
		if strings.TrimSpace(r) == "" {
			return opts, usagef("--rep needs a name, not %q", r)
		}
	}
	opts.Reps, opts.Sellers = c.StringSlice("rep"), rubric.Sellers
	return opts, nil
}

// checkReps fails a call on which no speaker matches --rep: scoring it
// would measure only the metrics that need no seller, and a gate would
// pass a call whose seller was never found (a typo in --rep).
func checkReps(t *transcript.Transcript, opts read.ReadOptions) error {
	if len(opts.Reps) == 0 {
		return nil
	}
	var names []string
	for _, s := range t.Speakers {
		if s.Role == transcript.RoleRep && s.RoleFrom == transcript.RoleFromFlag {
			return nil
		}
		names = append(names, s.Name)
	}
	return &read.ReadError{File: t.Name, Msg: fmt.Sprintf("no speaker matches --rep %s (speakers: %s)",
		strings.Join(opts.Reps, ", "), strings.Join(names, ", "))}
}

// loadRubric reads --rubric, or returns the default.
func loadRubric(c *cli.Context) (*analyze.Rubric, error) {
	path := c.String("rubric")
	if path == "" {
		return suite.Default(), nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, usagef("--rubric: %v", err)
	}
	r, err := analyze.LoadRubric(path, data, suite.Default())
	if err != nil {
		return nil, &usageError{err.Error()}
	}
	return r, nil
}

func rubricCommand() *cli.Command {
	return &cli.Command{
		Name:      "rubric",
		Usage:     "print the rubric (targets, weights, phrase lists) as YAML to edit",
		UsageText: "lastmile rubric [--rubric FILE] > my-rubric.yaml",
		Flags:     []cli.Flag{rubricFlag},
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return usagef("rubric takes no arguments")
			}
			r, err := loadRubric(c)
			if err != nil {
				return err
			}
			return r.WriteYAML(c.App.Writer)
		},
	}
}
