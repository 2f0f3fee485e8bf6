package driver

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
)

// A Workdir is a directory of one's own in the build module of the
// embedded runtime, for builds that keep their packages from one go
// command to the next: an interactive session builds a package for each
// input, which imports the packages of the inputs before it. It is the
// module's p/KEY, whose lock is held until Close removes it, so that
// pruning leaves it alone while it is in use and takes it away once a
// crashed process let go of the lock.
type Workdir struct {
	Dir        string // the directory
	ImportPath string // the import path of the directory in the module
	cache      *Cache
	unlock     func()
}

// NewWorkdir makes the work directory key (a name unique to the caller,
// such as "repl-" and the process id) and holds it until Close.
func (c *Cache) NewWorkdir(key string) (*Workdir, error) {
	if err := os.MkdirAll(filepath.Join(c.Dir, "lock"), 0o755); err != nil {
		return nil, err
	}
	unlock, err := lockFile(filepath.Join(c.Dir, "lock", key))
	if err != nil {
		return nil, err
	}
	dir, err := c.buildDir(key)
	if err != nil {
		unlock()
		return nil, err
	}
	return &Workdir{Dir: dir, ImportPath: "pyasync2go.build/p/" + key, cache: c, unlock: unlock}, nil
}

// Close removes the directory and lets go of it.
func (w *Workdir) Close() error {
	err := os.RemoveAll(w.Dir)
	w.unlock()
	return err
}

// Go returns the go command with args, run in the work directory with
// the environment builds in the cache use; cgo says whether cgo is on
// (plugins need it).
func (w *Workdir) Go(ctx context.Context, cgo bool, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, w.cache.goCmd(), args...)
	cmd.Dir = w.Dir
	cmd.Env = buildEnv(cgo)
	return cmd
}

// buildEnv is the environment of the go command in the build module:
// the module on its own, no network; cgo only when asked for.
func buildEnv(cgo bool) []string {
	env := "CGO_ENABLED=0"
	if cgo {
		env = "CGO_ENABLED=1"
	}
	return append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod", "GO111MODULE=on", "GOPROXY=off", env)
}
