namespace ExpertFinder.Tools.Generation;

/// <summary>
/// xoshiro256** seeded through SplitMix64: fast, and the same numbers on every runtime and machine (System.Random
/// promises neither). <see cref="For"/> derives an independent stream per (seed, purpose, index), so each document
/// is a pure function of its index and the output does not depend on how many threads generate it.
/// </summary>
internal sealed class SeededRandom
{
    private ulong s0, s1, s2, s3;

    public SeededRandom(ulong seed)
    {
        var x = seed;
        s0 = SplitMix(ref x);
        s1 = SplitMix(ref x);
        s2 = SplitMix(ref x);
        s3 = SplitMix(ref x);
    }

    /// <summary>The stream for one item of one purpose: documents, people, queries... never overlap in practice.</summary>
    public static SeededRandom For(int seed, Purpose purpose, long index)
    {
        var x = ((ulong)(uint)seed << 32) ^ ((ulong)purpose * 0x9E3779B97F4A7C15UL);
        var mixed = SplitMix(ref x) ^ (ulong)index;
        return new SeededRandom(SplitMix(ref mixed));
    }

    /// <summary>What a stream is used for; part of the seed so that streams of different purposes differ.</summary>
    public enum Purpose : ulong
    {
        Organisation = 1,
        People = 2,
        Networks = 3,
        Documents = 4,
        Queries = 5,
        Vocabulary = 6,
    }

    public ulong NextUInt64()
    {
        var result = BitRotate(s1 * 5, 7) * 9;
        var t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = BitRotate(s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [0, bound); bound must be positive.</summary>
    public int Next(int bound) => (int)((NextUInt64() >> 32) * (ulong)bound >> 32);

    /// <summary>Uniform in [min, max].</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>Standard normal, by Box-Muller.</summary>
    public double NextGaussian()
    {
        var u = 1.0 - NextDouble();
        var v = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u)) * Math.Cos(2.0 * Math.PI * v);
    }

    /// <summary>Log-normal around <paramref name="median"/> with spread <paramref name="sigma"/> (of the logarithm).</summary>
    public double LogNormal(double median, double sigma) => median * Math.Exp(sigma * NextGaussian());

    /// <summary>Fisher-Yates in place.</summary>
    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    /// <summary><paramref name="count"/> distinct items (all of them when there are fewer), in random order.</summary>
    public List<T> Sample<T>(IReadOnlyList<T> items, int count)
    {
        if (count >= items.Count)
        {
            var all = items.ToList();
            Shuffle(all);
            return all;
        }
        var chosen = new HashSet<int>();
        var result = new List<T>(count);
        while (result.Count < count)
        {
            var i = Next(items.Count);
            if (chosen.Add(i))
            {
                result.Add(items[i]);
            }
        }
        return result;
    }

    private static ulong BitRotate(ulong x, int k) => (x << k) | (x >> (64 - k));

    private static ulong SplitMix(ref ulong x)
    {
        var z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
