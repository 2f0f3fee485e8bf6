//go:build unix

package driver

import (
	"os"
	"syscall"
)

// lockFile takes an exclusive advisory lock on path, creating it, and
// returns the function that releases it. Locks are per open file, so two
// goroutines of one process exclude each other too.
func lockFile(path string) (func(), error) {
	unlock, _, err := lockPath(path, true)
	return unlock, err
}

// tryLockFile is lockFile without waiting: it reports false when another
// holder has the lock.
func tryLockFile(path string) (func(), bool, error) {
	return lockPath(path, false)
}

// removeUnusedLock removes the lock file path unless it is held.
func removeUnusedLock(path string) {
	if unlock, ok, err := tryLockFile(path); err == nil && ok {
		os.Remove(path) // while held: see lockPath
		unlock()
	}
}

// lockPath locks path, waiting if wait is set. A lock file is removed only
// by a holder of its lock (removeUnusedLock), so a lock taken on a file
// that has since been removed or replaced is retried on the file now at
// path: otherwise two holders could lock different files of one name.
func lockPath(path string, wait bool) (func(), bool, error) {
	how := syscall.LOCK_EX
	if !wait {
		how |= syscall.LOCK_NB
	}
	for {
		f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o644)
		if err != nil {
			return nil, false, err
		}
		for {
			err = syscall.Flock(int(f.Fd()), how)
			if err != syscall.EINTR {
				break
			}
		}
		if err == syscall.EWOULDBLOCK && !wait {
			f.Close()
			return nil, false, nil
		}
		if err != nil {
			f.Close()
			return nil, false, err
		}
		held, err1 := f.Stat()
		now, err2 := os.Stat(path)
		if err1 == nil && err2 == nil && os.SameFile(held, now) {
			return func() {
				syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
				f.Close()
			}, true, nil
		}
		f.Close() // releases the lock on the removed file
	}
}
