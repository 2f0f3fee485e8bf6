package rt

import (
	"strconv"
	"time"
)

// PyTypeName is type(d).__name__.
func (d DateTime) PyTypeName() string { return "datetime" }

// Year is datetime.year.
func (d DateTime) Year() int { return d.t.Year() }

// Month is datetime.month (1 to 12).
func (d DateTime) Month() int { return int(d.t.Month()) }

// Day is datetime.day.
func (d DateTime) Day() int { return d.t.Day() }

// Hour is datetime.hour.
func (d DateTime) Hour() int { return d.t.Hour() }

// Minute is datetime.minute.
func (d DateTime) Minute() int { return d.t.Minute() }

// Second is datetime.second.
func (d DateTime) Second() int { return d.t.Second() }

// Microsecond is datetime.microsecond.
func (d DateTime) Microsecond() int { return d.t.Nanosecond() / 1000 }

// IsoFormat is datetime.isoformat(): "2025-03-02T01:20:50.323748",
// without the fraction when it is zero.
func (d DateTime) IsoFormat() string {
	if d.t.Nanosecond()/1000 == 0 {
		return d.t.Format("2006-01-02T15:04:05")
	}
	return d.t.Format("2006-01-02T15:04:05.000000")
}

// Compare orders two datetimes to the microsecond, as Python compares
// them: -1, 0 or +1.
func (d DateTime) Compare(o DateTime) int {
	return d.t.Truncate(time.Microsecond).Compare(o.t.Truncate(time.Microsecond))
}

// Minus is d - o, a timedelta.
func (d DateTime) Minus(o DateTime) TimeDelta {
	return TimeDelta(d.t.Truncate(time.Microsecond).Sub(o.t.Truncate(time.Microsecond)))
}

// TimeDelta is a datetime.timedelta, to the microsecond. Go's comparison
// operators order timedeltas as Python does.
type TimeDelta time.Duration

// PyTypeName is type(td).__name__.
func (td TimeDelta) PyTypeName() string { return "timedelta" }

// TotalSeconds is timedelta.total_seconds().
func (td TimeDelta) TotalSeconds() float64 { return float64(td/1000) / 1e6 }

func (td TimeDelta) parts() (days, secs, us int) {
	total := int64(td) / 1000 // microseconds
	days = int(floorDiv64(total, 86400e6))
	rest := total - int64(days)*86400e6
	return days, int(rest / 1e6), int(rest % 1e6)
}

func floorDiv64(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// Days is timedelta.days (negative for a negative timedelta).
func (td TimeDelta) Days() int { d, _, _ := td.parts(); return d }

// Seconds is timedelta.seconds (0 to 86399).
func (td TimeDelta) Seconds() int { _, s, _ := td.parts(); return s }

// Microseconds is timedelta.microseconds.
func (td TimeDelta) Microseconds() int { _, _, us := td.parts(); return us }

// PyStr is str(td): "0:00:00.020000", "-1 day, 23:59:59".
func (td TimeDelta) PyStr() string {
	days, secs, us := td.parts()
	s := ""
	if days != 0 {
		s = strconv.Itoa(days) + " day"
		if days != 1 && days != -1 {
			s += "s"
		}
		s += ", "
	}
	two := func(n int) string {
		if n < 10 {
			return "0" + strconv.Itoa(n)
		}
		return strconv.Itoa(n)
	}
	s += strconv.Itoa(secs/3600) + ":" + two(secs/60%60) + ":" + two(secs%60)
	if us != 0 {
		f := strconv.Itoa(us)
		for len(f) < 6 {
			f = "0" + f
		}
		s += "." + f
	}
	return s
}

// PyRepr is repr(td): "datetime.timedelta(seconds=1, microseconds=5)".
func (td TimeDelta) PyRepr() string {
	days, secs, us := td.parts()
	var args []string
	if days != 0 {
		args = append(args, "days="+strconv.Itoa(days))
	}
	if secs != 0 {
		args = append(args, "seconds="+strconv.Itoa(secs))
	}
	if us != 0 {
		args = append(args, "microseconds="+strconv.Itoa(us))
	}
	if len(args) == 0 {
		return "datetime.timedelta(0)"
	}
	s := "datetime.timedelta("
	for i, a := range args {
		if i > 0 {
			s += ", "
		}
		s += a
	}
	return s + ")"
}
