package rt

import (
	"os"
	"strconv"
	"time"
)

var (
	processStart = time.Now()
	// monotonicBase makes loop.time() look like CPython's
	// time.monotonic(): seconds since an arbitrary point in the past.
	monotonicBase = 1000.0
)

// Monotonic is time.monotonic().
func Monotonic() float64 { return monotonicBase + time.Since(processStart).Seconds() }

// PerfCounter is time.perf_counter().
func PerfCounter() float64 { return Monotonic() }

// TimeNow is time.time().
func TimeNow() float64 { return float64(time.Now().UnixNano()) / 1e9 }

// TimeSleep is time.sleep(secs): it blocks the calling thread.
func TimeSleep(secs float64) {
	if secs > 0 {
		time.Sleep(time.Duration(secs * 1e9))
	}
}

// DateTime is a datetime.datetime in local time.
type DateTime struct{ t time.Time }

// Now is datetime.now().
func Now() DateTime { return DateTime{time.Now()} }

// String is str(datetime): "2025-03-02 01:20:50.323748", without the
// fraction when it is zero.
func (d DateTime) String() string {
	if d.t.Nanosecond()/1000 == 0 {
		return d.t.Format("2006-01-02 15:04:05")
	}
	return d.t.Format("2006-01-02 15:04:05.000000")
}

// PyStr is str(datetime).
func (d DateTime) PyStr() string { return d.String() }

// PyRepr is repr(datetime).
func (d DateTime) PyRepr() string {
	t := d.t
	s := "datetime.datetime(" + strconv.Itoa(t.Year()) + ", " + strconv.Itoa(int(t.Month())) + ", " +
		strconv.Itoa(t.Day()) + ", " + strconv.Itoa(t.Hour()) + ", " + strconv.Itoa(t.Minute())
	if t.Second() != 0 || t.Nanosecond() >= 1000 {
		s += ", " + strconv.Itoa(t.Second())
	}
	if us := t.Nanosecond() / 1000; us != 0 {
		s += ", " + strconv.Itoa(us)
	}
	return s + ")"
}

// Timestamp is datetime.timestamp().
func (d DateTime) Timestamp() float64 { return float64(d.t.UnixNano()) / 1e9 }

// Sub is the difference of two datetimes in seconds (timedelta.total_seconds()).
func (d DateTime) Sub(o DateTime) float64 { return d.t.Sub(o.t).Seconds() }

// Getpid is os.getpid().
func Getpid() int { return os.Getpid() }
