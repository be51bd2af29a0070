package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// writeFileAtomic writes a file through write so that readers see either
// the old file or the whole new one: it writes a temporary file in the same
// directory, syncs it and renames it over path. On any error (or a panic in
// write) the temporary file is removed and an existing file at path is left
// as it was. A new file gets mode 0644; a replaced one keeps its mode. When
// path is a symbolic link, the file it points to is replaced.
//
// Errors name path, never the temporary file. When ctx is cancelled (Ctrl-C,
// SIGTERM) while write runs, the next write fails with errInterrupted and
// the temporary file is removed: a killed command leaves nothing behind.
func writeFileAtomic(ctx context.Context, path string, write func(io.Writer) error) (err error) {
	defer func() {
		if err != nil && !errors.Is(err, errInterrupted) {
			err = fmt.Errorf("%s: %w", path, unwrapPathError(err))
		}
	}()
	if fi, lerr := os.Lstat(path); lerr == nil && fi.Mode()&os.ModeSymlink != 0 {
		if real, rerr := filepath.EvalSymlinks(path); rerr == nil {
			path = real
		}
	}
	mode := os.FileMode(0o644)
	if fi, serr := os.Stat(path); serr == nil {
		if !fi.Mode().IsRegular() {
			return errors.New("not a regular file")
		}
		mode = fi.Mode().Perm()
	}
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return err
	}
	tmp := f.Name()
	done := false
	defer func() {
		if !done {
			f.Close()
			os.Remove(tmp)
		}
	}()
	bw := bufio.NewWriterSize(ctxWriter{ctx, f}, 64<<10)
	if err := write(bw); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if ctx.Err() != nil {
		return errInterrupted
	}
	if err := f.Chmod(mode); err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	done = true
	// Make the rename itself durable; not every system can sync a
	// directory, and the file is in place either way.
	if d, derr := os.Open(dir); derr == nil {
		d.Sync()
		d.Close()
	}
	return nil
}

// ctxWriter fails every write once ctx is done.
type ctxWriter struct {
	ctx context.Context
	w   io.Writer
}

func (c ctxWriter) Write(p []byte) (int, error) {
	if c.ctx.Err() != nil {
		return 0, errInterrupted
	}
	return c.w.Write(p)
}
