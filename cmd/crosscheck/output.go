package main

import (
	"fmt"
	"os"
	"path/filepath"
)

// An atomicFile is written under a temporary name beside its destination
// and renamed into place by Commit, so that readers never see a partial
// report: an interrupted or failed run leaves the old file, or none.
type atomicFile struct {
	*os.File
	dest string
}

// createAtomic opens the temporary file for dest. It fails at once when
// dest's folder cannot be written, before any work is done.
func createAtomic(dest string) (*atomicFile, error) {
	dir, base := filepath.Split(dest)
	if dir == "" {
		dir = "."
	}
	if info, err := os.Stat(dest); err == nil && info.IsDir() {
		return nil, fmt.Errorf("cannot write %s: is a directory", dest)
	}
	f, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return nil, fmt.Errorf("cannot write %s: %w", dest, err)
	}
	return &atomicFile{File: f, dest: dest}, nil
}

// Commit closes the file and renames it to its destination.
func (a *atomicFile) Commit() error {
	if err := a.Chmod(0o644); err != nil {
		a.Abort()
		return err
	}
	if err := a.Close(); err != nil {
		os.Remove(a.Name())
		return err
	}
	if err := os.Rename(a.Name(), a.dest); err != nil {
		os.Remove(a.Name())
		return err
	}
	return nil
}

// Abort closes and removes the temporary file. It is safe after Commit.
func (a *atomicFile) Abort() {
	a.Close()
	os.Remove(a.Name())
}
