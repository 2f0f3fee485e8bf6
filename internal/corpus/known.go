package corpus

import (
	"bufio"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// KnownFailuresFile names, in a corpus directory, the programs that do not
// pass yet, one per line with the reason after a '#':
//
//	sched_call_soon_interleave  # loop.call_soon with arguments
//
// The suite skips them while they fail and fails when one passes, so the
// list only shrinks. PYASYNC2GO_STRICT=1 runs them as ordinary programs.
const KnownFailuresFile = "KNOWN_FAILURES"

// ReadKnownFailures reads dir's list of known failures: name -> reason.
func ReadKnownFailures(dir string) (map[string]string, error) {
	f, err := os.Open(filepath.Join(dir, KnownFailuresFile))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	known := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, reason, _ := strings.Cut(line, "#")
		known[strings.TrimSpace(name)] = strings.TrimSpace(reason)
	}
	return known, sc.Err()
}
