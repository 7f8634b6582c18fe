// Failed sign-ins for one name within the window, and when the oldest of them leaves it.
MATCH (a:SignInAttempt {name: $name})
WHERE a.at > datetime() - duration({seconds: $windowSeconds})
RETURN count(a) AS failures,
       duration.inSeconds(datetime(), min(a.at) + duration({seconds: $windowSeconds})).seconds AS retryAfterSeconds
