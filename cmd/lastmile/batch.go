package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"

	"github.com/lastmile/lastmile/analyze"
	"github.com/lastmile/lastmile/analyze/read"
	"github.com/lastmile/lastmile/analyze/transcript"
)

// The batch runner is the only place with goroutines. Inputs are read,
// scored and rendered by a pool of workers, and handed back in input order
// through a window of bounded size, so memory stays flat however many files
// there are, and the output is the same whatever --jobs is.

// A callResult is one input, scored or failed, with its output already
// rendered by the worker (rendering in parallel is most of the speed-up for
// JSON lines and CSV).
type callResult struct {
	sum analyze.Summary
	out []byte
}

type batch struct {
	jobs   int
	read   read.ReadOptions
	rubric *analyze.Rubric
	// render turns a scored call into its output for streaming formats;
	// nil when the output is written at the end. It runs on a worker.
	render func(sc *analyze.Scorecard, sum *analyze.Summary) []byte
	// renderFailed renders a failed input.
	renderFailed func(sum *analyze.Summary) []byte
	// mem bounds the memory of the files being read and scored at once;
	// nil for no bound.
	mem *memBudget
}

// run scores every input and calls emit for each, in input order, on the
// calling goroutine. It returns errInterrupted when ctx was cancelled; what
// finished before that has been emitted.
func (b *batch) run(ctx context.Context, inputs func(emit func(input) bool), emit func(*callResult)) error {
	jobs := max(b.jobs, 1)
	window := make(chan struct{}, 4*jobs) // results in flight or waiting for their turn
	type job struct {
		idx int
		in  input
	}
	type done struct {
		idx int
		res *callResult // nil: skipped because of cancellation
	}
	jobCh := make(chan job)
	doneCh := make(chan done, jobs)

	go func() {
		defer close(jobCh)
		idx := 0
		inputs(func(in input) bool {
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return false
			}
			select {
			case jobCh <- job{idx, in}:
			case <-ctx.Done():
				<-window
				return false
			}
			idx++
			return true
		})
	}()

	var wg sync.WaitGroup
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobCh {
				if ctx.Err() != nil {
					doneCh <- done{j.idx, nil}
					continue
				}
				var held int64
				if b.mem != nil {
					var ok bool
					if held, ok = b.mem.acquire(ctx, inputCost(j.in)); !ok {
						doneCh <- done{j.idx, nil}
						continue
					}
				}
				res := b.score(ctx, j.in)
				if b.mem != nil {
					b.mem.release(held)
				}
				doneCh <- done{j.idx, res}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(doneCh)
	}()

	// pending holds results that finished ahead of their turn; a nil entry
	// is a job skipped because of an interruption, where output stops so
	// that it stays a prefix of what it would have been.
	pending := make(map[int]*callResult)
	next := 0
	stopped := false
	for d := range doneCh {
		if stopped {
			<-window
			continue
		}
		pending[d.idx] = d.res
		for !stopped {
			r, ok := pending[next]
			if !ok {
				break
			}
			if r == nil {
				stopped = true
				break
			}
			delete(pending, next)
			emit(r)
			<-window
			next++
		}
	}
	if ctx.Err() != nil {
		return errInterrupted
	}
	return nil
}

// score reads and scores one input. It never panics: a bug in an analyzer
// triggered by one odd file fails that file, not the batch.
func (b *batch) score(ctx context.Context, in input) (res *callResult) {
	res = &callResult{}
	fail := func(err error) *callResult {
		res.sum = analyze.Summary{File: in.path, Err: err}
		if b.renderFailed != nil {
			res.out = b.renderFailed(&res.sum)
		}
		return res
	}
	defer func() {
		if p := recover(); p != nil {
			res = fail(fmt.Errorf("%s: internal error, please report it: %v", in.path, p))
		}
	}()
	t, err := loadInput(ctx, in, b.read)
	if errors.Is(err, errInterrupted) {
		return nil // output stops before this input
	}
	if err == nil {
		err = checkReps(t, b.read)
	}
	if err != nil {
		return fail(err)
	}
	sc, err := analyze.Score(t, b.rubric)
	if err != nil {
		return fail(err)
	}
	res.sum = analyze.Summarize(sc)
	if b.render != nil {
		res.out = b.render(sc, &res.sum)
	}
	return res
}

// loadInput reads the transcript an input names, or returns the problem
// found while looking for it, naming the path. It returns errInterrupted
// when ctx is cancelled while a read blocks.
func loadInput(ctx context.Context, in input, opts read.ReadOptions) (*transcript.Transcript, error) {
	if in.err != nil {
		return nil, fmt.Errorf("%s: %w", in.path, in.err)
	}
	return readInput(ctx, in.path, opts)
}

// readInput reads one transcript from a path, or standard input for "-".
// A regular file is read at once. Standard input, a named pipe, a device
// or /dev/stdin may block (in open, until a writer comes, or in read):
// those are read on a goroutine of their own, so that Ctrl-C (ctx) still
// stops the command, which then returns errInterrupted.
func readInput(ctx context.Context, path string, opts read.ReadOptions) (*transcript.Transcript, error) {
	if path == stdinName {
		r := stdin // read here: the goroutine may outlive an interrupted command
		return readBlocking(ctx, func(closeOnCancel func(io.Closer) bool) (*transcript.Transcript, error) {
			return readStdin(r, opts)
		})
	}
	info, err := os.Stat(path)
	if err != nil {
		return nil, &read.ReadError{File: path, Msg: unwrapPathError(err).Error()}
	}
	if info.IsDir() {
		return nil, &read.ReadError{File: path, Msg: "is a directory"}
	}
	if info.Mode().IsRegular() {
		return readFile(path, opts, nil)
	}
	return readBlocking(ctx, func(closeOnCancel func(io.Closer) bool) (*transcript.Transcript, error) {
		return readFile(path, opts, closeOnCancel)
	})
}

func readFile(path string, opts read.ReadOptions, closeOnCancel func(io.Closer) bool) (*transcript.Transcript, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, &read.ReadError{File: path, Msg: unwrapPathError(err).Error()}
	}
	defer f.Close()
	if closeOnCancel != nil && !closeOnCancel(f) {
		return nil, errInterrupted
	}
	if info, err := f.Stat(); err == nil && info.IsDir() {
		return nil, &read.ReadError{File: path, Msg: "is a directory"}
	}
	return read.Read(path, f, opts)
}

// readStdin reads standard input; nothing at all on it (a closed standard
// input, which Go opens as /dev/null, or an empty pipe) is said as such.
func readStdin(r io.Reader, opts read.ReadOptions) (*transcript.Transcript, error) {
	cr := &countingReader{r: r}
	t, err := read.Read(stdinName, cr, opts)
	if err != nil && cr.n == 0 && cr.err == nil {
		return nil, &read.ReadError{File: stdinName, Msg: "nothing on standard input (it is empty or closed)"}
	}
	return t, err
}

type countingReader struct {
	r   io.Reader
	n   int64
	err error // the first error other than io.EOF
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	if err != nil && err != io.EOF && c.err == nil {
		c.err = err
	}
	return n, err
}

// readBlocking runs fn on a goroutine and waits for it or for ctx. fn
// hands closeOnCancel what it opened, which is closed on cancellation (a
// read blocked on a pipe then returns); closeOnCancel reports false when
// ctx was already cancelled. On cancellation a goroutine blocked in open
// is left behind: the command is about to exit.
func readBlocking(ctx context.Context, fn func(closeOnCancel func(io.Closer) bool) (*transcript.Transcript, error)) (*transcript.Transcript, error) {
	type result struct {
		t   *transcript.Transcript
		err error
	}
	var mu sync.Mutex
	var opened io.Closer
	cancelled := false
	closeOnCancel := func(c io.Closer) bool {
		mu.Lock()
		defer mu.Unlock()
		opened = c
		return !cancelled
	}
	ch := make(chan result, 1)
	go func() {
		t, err := fn(closeOnCancel)
		ch <- result{t, err}
	}()
	select {
	case r := <-ch:
		return r.t, r.err
	case <-ctx.Done():
		mu.Lock()
		cancelled = true
		if opened != nil {
			opened.Close()
		}
		mu.Unlock()
		return nil, errInterrupted
	}
}
