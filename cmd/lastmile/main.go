// Command lastmile scores sales conversations from call transcripts.
//
// Usage:
//
//	lastmile score [flags] PATH...     score calls: a row per call and a roll-up per seller
//	lastmile inspect [flags] FILE      one call: the scorecard and the annotated transcript
//	lastmile turns [flags] FILE...     show how a transcript was read
//	lastmile rubric [--rubric FILE]    print the rubric to edit
//
// PATH may be a file, a directory (walked for .txt, .vtt, .srt and .json
// files), a quoted glob ("calls/**/*.vtt") or "-" for standard input. Flags
// may come before or after the paths.
//
// Exit codes: 0 every input scored; 1 an input could not be read (it is
// reported, and the rest are still scored); 2 a usage error; 3 a call scored
// below --fail-under; 130 interrupted (what was finished is printed).
//
// See README.md for the metrics, the formats and the output schemas.
package main

import (
	"os"
	"runtime/debug"
)

func main() {
	if os.Getenv("GOGC") == "" && os.Getenv("GOMEMLIMIT") == "" {
		// Scoring allocates briskly and keeps little: collecting garbage
		// less often buys about a fifth of the time, and the soft limit
		// keeps the heap from growing past it on a run of huge files.
		debug.SetGCPercent(400)
		debug.SetMemoryLimit(80 << 20)
	}
	os.Exit(run(os.Args, os.Stdout, os.Stderr))
}
