package rt

import (
	"os"
	"strings"
	"sync"
)

var environ struct {
	once sync.Once
	d    *Dict[string, string]
}

// Environ returns os.environ: the process environment as a dict of str,
// read at its first use. Subprocesses started after that get its
// contents as their environment, as putenv gives them in CPython.
func Environ() *Dict[string, string] {
	environ.once.Do(func() {
		d := NewDict[string, string]()
		for _, kv := range os.Environ() {
			if k, v, ok := strings.Cut(kv, "="); ok {
				d.Set(k, v)
			}
		}
		environ.d = d
	})
	return environ.d
}

// environList is the environment of a new subprocess: nil (the process's
// own) while os.environ was never used.
func environList() []string {
	if environ.d == nil {
		return nil
	}
	var out []string
	for k, v := range environ.d.All() {
		out = append(out, k+"="+v)
	}
	return out
}
