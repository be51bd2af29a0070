package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"syscall"

	"github.com/lastmile/lastmile/analyze/read"
)

// transcriptExts are the extensions taken from directories: the formats'.
// A file named on the command line is read whatever its extension.
var transcriptExts = func() map[string]bool {
	exts := make(map[string]bool)
	for _, e := range read.Extensions() {
		exts[e] = true
	}
	return exts
}()

// stdinName is how standard input ("-") is named in output.
const stdinName = "-"

// An input is one file to score, or a problem found while looking for
// files (a missing path, a symlink loop, an unreadable directory). Problems
// are inputs too, so that they appear in the output as failed rows.
type input struct {
	path string
	err  error
}

// expandInputs turns command-line paths into inputs, in order: files as
// given; directories walked recursively in name order (hidden entries
// skipped, symlinks followed, loops reported); quoted globs ("calls/*.vtt",
// "calls/**/*.json") expanded in name order; "-" is standard input. emit
// returns false to stop early.
func expandInputs(ctx context.Context, paths []string, emit func(input) bool) {
	for _, p := range paths {
		if ctx.Err() != nil {
			return
		}
		if !expandPath(ctx, p, emit) {
			return
		}
	}
}

func expandPath(ctx context.Context, p string, emit func(input) bool) bool {
	if p == stdinName {
		return emit(input{path: stdinName})
	}
	info, err := os.Stat(p)
	switch {
	case err == nil && info.IsDir():
		w := walker{ctx: ctx, emit: emit}
		found, ok := w.walk(p, nil)
		if ok && found == 0 {
			return emit(input{path: p, err: fmt.Errorf("no transcript files (%s) in this directory", extList())})
		}
		return ok
	case err == nil:
		return emit(input{path: p})
	case hasGlobMeta(p):
		matches, gerr := glob(p)
		if gerr != nil {
			return emit(input{path: p, err: gerr})
		}
		if len(matches) == 0 {
			return emit(input{path: p, err: errors.New("no files match this pattern")})
		}
		for _, m := range matches {
			if info, err := os.Stat(m); err == nil && !info.IsDir() && !info.Mode().IsRegular() {
				// A pattern, like a walk, takes regular files only.
				if !emit(input{path: m, err: notRegular(info.Mode())}) {
					return false
				}
				continue
			}
			if !expandPath(ctx, m, emit) {
				return false
			}
		}
		return true
	}
	if _, lerr := os.Lstat(p); lerr == nil {
		return emit(input{path: p, err: fmt.Errorf("broken symlink: %v", unwrapPathError(err))})
	}
	return emit(input{path: p, err: unwrapPathError(err)})
}

// notRegular says why a file found by a walk or a pattern is not read.
func notRegular(mode fs.FileMode) error {
	kind := "a special file"
	switch {
	case mode&fs.ModeNamedPipe != 0:
		kind = "a named pipe (FIFO)"
	case mode&fs.ModeSocket != 0:
		kind = "a socket"
	case mode&fs.ModeDevice != 0:
		kind = "a device"
	}
	return fmt.Errorf("not a regular file: %s; name it on the command line to read it", kind)
}

func extList() string {
	exts := make([]string, 0, len(transcriptExts))
	for e := range transcriptExts {
		exts = append(exts, e)
	}
	sort.Strings(exts)
	return strings.Join(exts, " ")
}

// unwrapPathError drops the path from an *fs.PathError: the output names
// the file already.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

type walker struct {
	ctx  context.Context
	emit func(input) bool
}

// dirID identifies a directory on disk, to spot symlink loops.
type dirID struct{ dev, ino uint64 }

func idOf(info fs.FileInfo) (dirID, bool) {
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return dirID{}, false
	}
	return dirID{uint64(st.Dev), uint64(st.Ino)}, true
}

// walk emits the transcripts under dir. ancestors are the directories on
// the way down, so that a symlink back to one of them is reported as a
// loop instead of followed forever.
func (w *walker) walk(dir string, ancestors []dirID) (found int, ok bool) {
	if w.ctx.Err() != nil {
		return found, false
	}
	info, err := os.Stat(dir)
	if err != nil {
		return found, w.emit(input{path: dir, err: unwrapPathError(err)})
	}
	if id, ok := idOf(info); ok {
		for _, a := range ancestors {
			if a == id {
				return found, w.emit(input{path: dir, err: errors.New("symlink loop: this directory contains itself")})
			}
		}
		ancestors = append(ancestors, id)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return found, w.emit(input{path: dir, err: unwrapPathError(err)})
	}
	for _, e := range entries { // os.ReadDir sorts by name
		if w.ctx.Err() != nil {
			return found, false
		}
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		p := filepath.Join(dir, e.Name())
		isDir, mode := e.IsDir(), e.Type()
		if e.Type()&fs.ModeSymlink != 0 {
			target, err := os.Stat(p)
			if err != nil && !transcriptExts[strings.ToLower(filepath.Ext(e.Name()))] {
				continue // a dangling link to something that is not a transcript
			}
			if err != nil {
				if !w.emit(input{path: p, err: fmt.Errorf("broken symlink: %v", unwrapPathError(err))}) {
					return found, false
				}
				found++
				continue
			}
			isDir, mode = target.IsDir(), target.Mode()
		}
		if isDir {
			n, ok := w.walk(p, ancestors)
			found += n
			if !ok {
				return found, false
			}
			continue
		}
		if !transcriptExts[strings.ToLower(filepath.Ext(e.Name()))] {
			continue
		}
		found++
		in := input{path: p}
		if !mode.IsRegular() {
			// A named pipe would block the batch until a writer comes,
			// a device might never end: a walk reads regular files only.
			in.err = notRegular(mode)
		}
		if !w.emit(in) {
			return found, false
		}
	}
	return found, true
}

func hasGlobMeta(p string) bool { return strings.ContainsAny(p, "*?[") }

// glob expands a pattern; "**" as a whole path element matches any number
// of directories, and such a pattern matches files only (its directories
// are walked by the pattern itself). Hidden files and directories are left
// out, as in a directory walk, unless the pattern's last element starts
// with a dot.
func glob(pattern string) ([]string, error) {
	if !strings.Contains(pattern, "**") {
		m, err := filepath.Glob(pattern)
		if err != nil {
			return nil, fmt.Errorf("bad pattern: %v", err)
		}
		if !strings.HasPrefix(filepath.Base(pattern), ".") { // hidden files only when asked for
			m = slices.DeleteFunc(m, func(p string) bool { return strings.HasPrefix(filepath.Base(p), ".") })
		}
		return m, nil
	}
	slashed := filepath.ToSlash(pattern)
	parts := strings.Split(slashed, "/")
	i := 0
	for i < len(parts) && !hasGlobMeta(parts[i]) {
		i++
	}
	root := strings.Join(parts[:i], "/")
	if root == "" {
		root = "."
		if strings.HasPrefix(slashed, "/") {
			root = "/"
		}
	}
	rest := parts[i:]
	for _, p := range rest {
		if _, err := path.Match(p, ""); err != nil {
			return nil, fmt.Errorf("bad pattern: %v", err)
		}
	}
	var out []string
	err := filepath.WalkDir(filepath.FromSlash(root), func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil // unreadable parts are skipped by a pattern, as a shell does
		}
		if d.IsDir() {
			if p != filepath.FromSlash(root) && strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir
			}
			return nil // "**" matches files; directories are walked, not taken
		}
		rel, err := filepath.Rel(filepath.FromSlash(root), p)
		if err != nil || rel == "." {
			return nil
		}
		if strings.HasPrefix(d.Name(), ".") && !strings.HasPrefix(rest[len(rest)-1], ".") {
			return nil // hidden files, as in a directory walk, unless the pattern asks
		}
		if matchStar(rest, strings.Split(filepath.ToSlash(rel), "/")) {
			out = append(out, p)
		}
		return nil
	})
	return out, err
}

// matchStar matches path elements against pattern elements with "**".
func matchStar(pattern, name []string) bool {
	if len(pattern) == 0 {
		return len(name) == 0
	}
	if pattern[0] == "**" {
		for k := 0; k <= len(name); k++ {
			if matchStar(pattern[1:], name[k:]) {
				return true
			}
		}
		return false
	}
	if len(name) == 0 {
		return false
	}
	ok, _ := path.Match(pattern[0], name[0])
	return ok && matchStar(pattern[1:], name[1:])
}

// readPathList reads --files-from: one path a line, taken as it is — no
// spaces trimmed, no comment syntax ("# notes.txt" is a file name) — except
// that a line ending in CR LF loses the CR (lists written on Windows) and
// empty lines are skipped. A list holding a NUL byte is NUL-separated
// instead (find -print0), for paths with line breaks in them; then only
// empty entries are skipped.
func readPathList(r io.Reader) ([]string, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxPathList+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxPathList {
		return nil, fmt.Errorf("the list is larger than %d MiB", maxPathList>>20)
	}
	sep := "\n"
	if bytes.IndexByte(data, 0) >= 0 {
		sep = "\x00"
	}
	var paths []string
	for _, l := range strings.Split(string(data), sep) {
		if sep == "\n" {
			l = strings.TrimSuffix(l, "\r")
		}
		if l != "" {
			paths = append(paths, l)
		}
	}
	return paths, nil
}

// maxPathList bounds --files-from: a million paths of 250 bytes.
const maxPathList = 256 << 20
