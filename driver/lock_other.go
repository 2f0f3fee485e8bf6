//go:build !unix

package driver

import (
	"errors"
	"io/fs"
	"os"
	"time"
)

// lockFile creates path exclusively, waiting while another holder has it.
// A lock older than ten minutes is taken to be abandoned.
func lockFile(path string) (func(), error) {
	for {
		unlock, ok, err := tryLockFile(path)
		if err != nil || ok {
			return unlock, err
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// tryLockFile is lockFile without waiting: it reports false when another
// holder has the lock.
func tryLockFile(path string) (func(), bool, error) {
	for {
		f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
		if err == nil {
			f.Close()
			return func() { os.Remove(path) }, true, nil
		}
		if !errors.Is(err, fs.ErrExist) {
			return nil, false, err
		}
		if info, err := os.Stat(path); err == nil && time.Since(info.ModTime()) > 10*time.Minute {
			os.Remove(path)
			continue
		}
		return nil, false, nil
	}
}

// removeUnusedLock removes the lock file path unless it is held. A lock
// file exists only while held (or abandoned), and releasing removes it.
func removeUnusedLock(path string) {
	if unlock, ok, err := tryLockFile(path); err == nil && ok {
		unlock()
	}
}
