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
	blocking(func() {
		if secs > 0 {
			time.Sleep(time.Duration(secs * 1e9))
		}
	})
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

// PyFormat is format(datetime, spec): strftime, or str() for an empty spec.
func (d DateTime) PyFormat(spec string) (string, error) {
	if spec == "" {
		return d.String(), nil
	}
	return d.Strftime(spec), nil
}

// Strftime is datetime.strftime(format) for the common directives.
func (d DateTime) Strftime(format string) string {
	t := d.t
	var b []byte
	pad := func(n, w int) {
		s := strconv.Itoa(n)
		for len(s) < w {
			s = "0" + s
		}
		b = append(b, s...)
	}
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 == len(format) {
			b = append(b, c)
			continue
		}
		i++
		switch format[i] {
		case 'Y':
			pad(t.Year(), 4)
		case 'm':
			pad(int(t.Month()), 2)
		case 'd':
			pad(t.Day(), 2)
		case 'H':
			pad(t.Hour(), 2)
		case 'M':
			pad(t.Minute(), 2)
		case 'S':
			pad(t.Second(), 2)
		case 'f':
			pad(t.Nanosecond()/1000, 6)
		case 'y':
			pad(t.Year()%100, 2)
		case 'j':
			pad(t.YearDay(), 3)
		case 'I':
			h := t.Hour() % 12
			if h == 0 {
				h = 12
			}
			pad(h, 2)
		case 'p':
			b = append(b, t.Format("PM")...)
		case 'a':
			b = append(b, t.Format("Mon")...)
		case 'A':
			b = append(b, t.Format("Monday")...)
		case 'b':
			b = append(b, t.Format("Jan")...)
		case 'B':
			b = append(b, t.Format("January")...)
		case '%':
			b = append(b, '%')
		default:
			b = append(b, '%', format[i])
		}
	}
	return string(b)
}
