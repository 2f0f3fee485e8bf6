//go:build unix

package driver

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestRemoveUnusedLock(t *testing.T) {
	path := filepath.Join(t.TempDir(), "k")
	unlock, err := lockFile(path)
	if err != nil {
		t.Fatal(err)
	}
	removeUnusedLock(path)
	if !exists(path) {
		t.Fatal("a held lock file was removed")
	}
	if _, ok, err := tryLockFile(path); ok || err != nil {
		t.Fatalf("tryLockFile of a held lock: %v, %v", ok, err)
	}
	unlock()
	removeUnusedLock(path)
	if exists(path) {
		t.Fatal("an unused lock file was kept")
	}
}

// A waiter that locks a lock file removed by its holder must not hold the
// lock while another process locks the file created in its place.
func TestLockFileRemovedWhileWaiting(t *testing.T) {
	path := filepath.Join(t.TempDir(), "k")
	unlock, err := lockFile(path)
	if err != nil {
		t.Fatal(err)
	}
	got := make(chan func())
	go func() {
		u, err := lockFile(path)
		if err != nil {
			t.Error(err)
		}
		got <- u
	}()
	time.Sleep(50 * time.Millisecond) // let the goroutine wait for the lock
	os.Remove(path)
	unlock()
	waiter := <-got
	if waiter == nil {
		return
	}
	defer waiter()
	if u, ok, err := tryLockFile(path); ok || err != nil {
		if ok {
			u()
		}
		t.Fatalf("two holders of %s: tryLockFile = %v, %v", path, ok, err)
	}
}
