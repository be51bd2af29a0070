// Command gencalls writes synthetic sales-call transcripts, for lastmile's
// benchmarks and for trying the readers on many files.
//
// Usage:
//
//	go run ./cmd/gencalls -n 10000 -out DIR [-seed 1] [-formats all] [-unpunctuated-share 0.3]
//
// It writes N calls into DIR (creating it), named call-000001.EXT and so on;
// above 1000 calls they go into one subdirectory per thousand (DIR/000/,
// DIR/001/...). The output depends only on the flags: the same seed gives
// the same bytes on every run and machine.
//
// Each call has a seller, sometimes a sales engineer, and one or two people
// on the customer side; it lasts 5 to 60 minutes, mostly 15 to 35, at about
// 150 words a minute. Its dialogue is composed from a bank of templates: an
// opener (now and then an interruptive cold-call one), questions open,
// closed and tag, customer stories, pitches and monologues, backchannels,
// fillers, cut-offs with overlapping speech, and a close with or without a
// concrete next step. How well the seller sells varies from call to call.
//
// A share of the calls (-unpunctuated-share) is written as raw speech
// recognition output: lower case, no punctuation, speakers as "Speaker 1"
// (or spk_0, SPEAKER_00... as the format has it).
//
// Files rotate through the formats given with -formats ("all", or a
// comma-separated list):
//
//	txt         Name: text, one turn a line
//	txt-times   [hh:mm:ss] Name: text
//	zoom-vtt    Zoom WebVTT: numbered cues, Name: text, CRLF line ends
//	teams-vtt   Microsoft Teams WebVTT: guid/N-k cue ids, <v Name>text</v>
//	srt         SubRip, Name: text
//	otter       Otter.ai export: "Name  m:ss", paragraph, blank line
//	json        lastmile's JSON: {"turns":[{"speaker","start","end","text"}]}
//	aws         AWS Transcribe job output with speaker labels
//	deepgram    Deepgram response with diarized words and utterances
//	assemblyai  AssemblyAI transcript with utterances (times in ms)
//	whisperx    WhisperX segments with SPEAKER_NN labels
//
// "vtt" stands for both WebVTT flavours and "text" for the three text ones.
// Cue- and segment-based formats split a long turn into pieces of at most
// 10 seconds. A 25-minute call is about 25 KB as text; the formats that
// list every word with its times (aws, deepgram, assemblyai) are 15 to 40
// times that, so a batch over all formats averages about 200 KB a call.
//
// When it is done it prints one line to stderr: the number of files, their
// total size and the time taken.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	if err := run(os.Args[1:], os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "gencalls:", err)
		os.Exit(1)
	}
}

// perDir is how many files go in one subdirectory when there are more.
const perDir = 1000

// A Batch says what to write.
type Batch struct {
	N       int
	Dir     string
	Options Options
	Formats []Format
}

// run parses the flags and writes the batch.
func run(args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("gencalls", flag.ContinueOnError)
	fs.SetOutput(stderr)
	n := fs.Int("n", 100, "number of calls to write")
	out := fs.String("out", "", "directory to write into (created if missing)")
	seed := fs.Uint64("seed", 1, "random seed: the same seed gives the same files")
	formats := fs.String("formats", "all", "formats to rotate through: all, or a comma-separated list (txt,txt-times,zoom-vtt,teams-vtt,srt,otter,json,aws,deepgram,assemblyai,whisperx; vtt, text)")
	share := fs.Float64("unpunctuated-share", 0.3, "share of calls written as unpunctuated lower-case ASR output, 0 to 1")
	if err := fs.Parse(args); err != nil {
		return err
	}
	switch {
	case fs.NArg() > 0:
		return fmt.Errorf("unexpected arguments: %v", fs.Args())
	case *out == "":
		return errors.New("-out DIR is required")
	case *n < 1:
		return fmt.Errorf("-n must be at least 1, not %d", *n)
	case *share < 0 || *share > 1:
		return fmt.Errorf("-unpunctuated-share must be between 0 and 1, not %g", *share)
	}
	fmts, err := ParseFormats(*formats)
	if err != nil {
		return err
	}
	b := Batch{N: *n, Dir: *out, Options: Options{Seed: *seed, UnpunctuatedShare: *share}, Formats: fmts}
	begin := time.Now()
	bytes, err := b.Write()
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "gencalls: wrote %d files, %d bytes (%.1f MB) to %s in %.1fs\n",
		b.N, bytes, float64(bytes)/1e6, b.Dir, time.Since(begin).Seconds())
	return nil
}

// Path is where call i (1-based) goes, relative to the batch directory.
func (b *Batch) Path(i int) string {
	name := "call-" + pad6(i) + "." + b.Format(i).Ext()
	if b.N <= perDir {
		return name
	}
	return filepath.Join(string(appendPad(nil, int64((i-1)/perDir), 3)), name)
}

// Format is the format of call i: files rotate through the formats.
func (b *Batch) Format(i int) Format { return b.Formats[(i-1)%len(b.Formats)] }

// Render generates call i and returns its file's bytes, appended to dst.
func (b *Batch) Render(dst []byte, i int) []byte {
	return b.Format(i).Render(dst, Generate(b.Options, i))
}

// Write writes the batch and returns the number of bytes written. Calls are
// made in parallel; each depends only on its number, so the files are the
// same whatever the order.
func (b *Batch) Write() (int64, error) {
	if err := os.MkdirAll(b.Dir, 0o755); err != nil {
		return 0, err
	}
	if b.N > perDir {
		for d := 0; d <= (b.N-1)/perDir; d++ {
			if err := os.MkdirAll(filepath.Join(b.Dir, string(appendPad(nil, int64(d), 3))), 0o755); err != nil {
				return 0, err
			}
		}
	}
	var (
		next     atomic.Int64
		total    atomic.Int64
		failed   atomic.Bool
		errOnce  sync.Once
		firstErr error
		wg       sync.WaitGroup
	)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf []byte
			for !failed.Load() {
				i := int(next.Add(1))
				if i > b.N {
					return
				}
				buf = b.Render(buf[:0], i)
				if err := os.WriteFile(filepath.Join(b.Dir, b.Path(i)), buf, 0o644); err != nil {
					errOnce.Do(func() { firstErr = err })
					failed.Store(true)
					return
				}
				total.Add(int64(len(buf)))
			}
		}()
	}
	wg.Wait()
	return total.Load(), firstErr
}
